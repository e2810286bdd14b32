"""Release statements on invented text: a past shoot's span told to the day gives its first and
last days; a span still to come, or one that runs past the article's date, gives neither."""

from __future__ import annotations

from tests.extract.helpers import facts, served_releases


def _shoot(text: str, date: str = "2026-03-02") -> set[tuple[str, str]]:
    served = served_releases("Gull Rock is a four-part drama.", text, date=date,
                             title="Gull Rock trail")  # fmt: skip
    return {(r.kind.value, str(r.date or r.window or "")) for r in served
            if r.kind.value.startswith("filming")}  # fmt: skip


def test_a_past_shoot_told_to_the_day_gives_its_first_and_last_days() -> None:
    for text, first, last in (
        ("Filming took place across Cornwall and Devon between 4 May and 21 July 2025, with "
         "40 days in the county.", "2025-05-04", "2025-07-21"),
        ("Shooting ran in Porthleven from November 10 to February 6, the council said.",
         "2025-11-10", "2026-02-06"),
    ):  # fmt: skip
        assert _shoot(text) == {("filming_started", first), ("filming_wrapped", last)}, text


def test_a_span_to_come_or_past_the_article_date_gives_no_past_shoot() -> None:
    for text in (
        "The tour runs between 4 May and 21 July 2026 at the harbour.",
        "Filming took place between 4 February and 21 March 2026, the producers said.",
    ):
        assert not {kind for kind, _ in _shoot(text)} & {"filming_started"}, text
        assert ("filming_wrapped", "2026-03-21") not in _shoot(text), text


def test_a_work_the_article_keeps_naming_is_its_own_when_no_title_is_known() -> None:
    paragraphs = (
        "Former pupil Ines Varga is bringing her first film to cinemas this spring.",
        "She wrote and directed Kestrel Hill, a drama shot on the moors above the town.",
        "Kestrel Hill follows a shepherd and his daughter through one hard winter.",
        "Kestrel Hill opens in UK cinemas on Friday 13 March, distributed by a small label.",
    )
    for headline in ("From the art room to the big screen: Ines comes home",
                     "Alumni news: Ines Varga's debut feature"):  # fmt: skip
        found = facts(*paragraphs, date="2026-02-02", title=headline)
        served = {str(r.date) for r in found.release if r.served}
        assert served == {"2026-03-13"}, (headline, served)


def test_a_work_named_once_in_passing_stays_another() -> None:
    found = facts(
        "Former pupil Ines Varga is bringing her first film to cinemas this spring.",
        "Meanwhile, Harbour Watch opens in UK cinemas on Friday 13 March.",
        date="2026-02-02",
        title="From the art room to the big screen: Ines comes home",
    )
    assert not [r for r in found.release if r.served and r.date]


def test_a_season_count_used_as_an_adjective_is_no_other_season() -> None:
    for text in (
        "The film, the coda to the four-season Bafta-winning series, is slated to begin "
        "principal photography on May 11.",
        "The special, which closes the two-season run, is set to start filming on May 11.",
    ):
        found = facts("Gull Rock: The Last Tide adds three.", text, date="2026-03-02",
                      title="Gull Rock: The Last Tide adds three")  # fmt: skip
        served = {(r.kind.value, str(r.date)) for r in found.release if r.served}
        served.discard(("title", "None"))  # the title used in passing is served too
        assert served == {("filming_planned", "2026-05-11")}, (text, served)


def test_a_date_promised_for_later_in_the_active_voice_is_not_announced() -> None:
    for text in (
        "A Lumen spokesperson said: “We love Gull Rock and will announce a premiere date in due "
        "course.”",
        "The broadcaster said it would confirm the transmission date at a later date.",
    ):
        found = facts("Gull Rock has been delayed.", text, date="2026-03-02",
                      title="Gull Rock delayed")  # fmt: skip
        kinds = {r.kind.value for r in found.release if r.served}
        assert kinds == {"not_announced"}, (text, kinds)


def test_a_release_told_by_how_long_it_has_been_out_dates_it() -> None:
    for text in (
        "Gull Rock has only been on Lumen since Tuesday, but viewers already have theories.",
        "The drama has been in cinemas since Tuesday and has already made back its budget.",
    ):
        found = facts("Gull Rock is a four-part drama.", text, date="2026-03-06",
                      title="Gull Rock fans have questions")  # fmt: skip
        served = {(r.kind.value, str(r.date)) for r in found.release if r.served}
        assert served - {("title", "None")} == {("premiere_date", "2026-03-03")}, (text, served)


def test_a_day_since_which_something_else_happened_is_no_release() -> None:
    for text, date in (
        ("Gull Rock has been filming in Cornwall since Monday.", "2026-03-06"),
        ("Gull Rock has only been on Lumen since Friday, the service said.", "2026-03-06"),
    ):
        found = facts("Gull Rock is a four-part drama.", text, date=date,
                      title="Gull Rock fans have questions")  # fmt: skip
        assert not [r for r in found.release if r.served and r.date], text


def test_the_shoots_last_day_named_with_its_date_is_the_wrap() -> None:
    for text, day in (
        ("The director said the duel was the last thing they filmed, on the final day of "
         "shooting, 3 October 2025, in heavy rain.", "2025-10-03"),
        ("That shot was done on the last day of the shoot, on Friday, November 14.",
         "2025-11-14"),
    ):  # fmt: skip
        assert ("filming_wrapped", day) in _shoot(text, date="2026-03-02"), text


def test_a_last_day_still_to_come_is_no_wrap() -> None:
    text = "The last day of filming, 20 May 2026, will be marked with a party on the pier."
    assert not _shoot(text, date="2026-03-02")
