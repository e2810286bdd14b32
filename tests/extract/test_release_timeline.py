"""A timeline's dated entries, on invented text: the shoot's start and wrap on their days."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-25", title="Harbour Lights: the story so far")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release}


def test_a_timeline_gives_the_shoots_start_and_wrap() -> None:
    kinds = _kinds(
        "Harbour Lights is nearly here.",
        "• 9 June 2025: Cameras roll in Leeds.",
        "• July 2025: Ada Pell joins the cast.",
        "• 29 August 2025: Filming wraps after 11 weeks.",
    )
    assert {("filming_started", "2025-06-09"), ("filming_wrapped", "2025-08-29")} <= kinds


def test_a_timeline_with_dashes() -> None:
    kinds = _kinds(
        "Harbour Lights is nearly here.",
        "3 May 2025 – Principal photography begins in Hull.",
        "12 August 2025 – Production wraps in Hull.",
    )
    assert {("filming_started", "2025-05-03"), ("filming_wrapped", "2025-08-12")} <= kinds


def test_a_timeline_entry_of_another_work_or_to_come_is_not_ours() -> None:
    kinds = _kinds(
        "Harbour Lights is nearly here.",
        "• 9 June 2025: Filming begins on Dry Dock, Pell's other project.",
        "• 9 June 2026: Cameras roll on the sequel.",
    )
    assert not any(kind.startswith("filming_") and "06-09" in when for kind, when in kinds)


def test_a_quoted_window_of_six_words_is_the_release() -> None:
    for text in (
        "A spokesperson said the film would arrive “in the first half of 2026”.",
        "The studio says it will land ‘in the second half of 2026’ on BBC One.",
    ):
        found = facts("Harbour Lights news.", text, date="2025-08-25", title="Harbour Lights")
        assert any(r.kind.value == "window" and r.window for r in found.release)


def test_a_long_quote_is_still_not_read_as_a_window() -> None:
    found = facts(
        "Harbour Lights news.",
        "Pell called the shoot “the hardest thing I did in the whole of 2024” on Monday.",
        date="2025-08-25",
        title="Harbour Lights",
    )
    assert not any(r.kind.value == "window" for r in found.release)


def test_a_window_eyed_beside_no_date_is_a_hedged_window() -> None:
    for text, window in (
        (
            "Netflix has not dated the film, though sources say the streamer is eyeing an early "
            "2026 slot.",
            "2026-01/2026-04",
        ),
        ("Netflix has not set a date. Sources say it is targeting late 2026.", "2026-09/2026-12"),
    ):
        found = facts("Harbour Lights news.", text, date="2025-08-25", title="Harbour Lights")
        windows = {(r.window, r.hedged) for r in found.release if r.kind.value == "window"}
        assert windows == {(window, True)}


def test_eyeing_something_else_beside_no_date_is_no_window() -> None:
    found = facts(
        "Harbour Lights news.",
        "No release date has been set, and the studio is eyeing a festival slot.",
        date="2025-08-25",
        title="Harbour Lights",
    )
    assert not any(r.kind.value == "window" for r in found.release)


def _schedule(*entries: str) -> set[tuple[str, str]]:
    found = facts(
        "Gull Point is nearly here, and here is how release week goes.",
        *entries,
        date="2026-02-10",
        title="Gull Point release week: the schedule",
    )
    return {(r.kind.value, str(r.date or r.window)) for r in found.release if r.served}


def test_a_schedule_entry_where_our_work_drops_gives_the_premiere() -> None:
    kinds = _schedule(
        "- Tuesday 24 February: London gala at the Vale Cinema, for invited guests only.",
        "- Friday 27 February: Gull Point drops on Netflix worldwide at 8am GMT.",
    )
    assert {k for k in kinds if k[0] == "premiere_date"} == {("premiere_date", "2026-02-27")}


def test_a_schedule_entry_for_another_work_or_an_event_gives_no_premiere() -> None:
    kinds = _schedule(
        "- Friday 20 February: Tarn Kessel drops on Netflix worldwide at 8am GMT.",
        "- Friday 27 February, 7pm GMT: the cast host a watch-along on Instagram.",
    )
    assert not {k for k in kinds if k[0] == "premiere_date"}
