"""A time told of something beside the release (a making step beginning, a verb's "out" with
its object), a season slot already gone this year, and a window the cast only assume: the
release read right, or not at all; invented articles."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def served(*paragraphs: str, date: str = "2025-10-02") -> list[tuple[str, object, bool]]:
    found = facts(*paragraphs, date=date, title=None)
    return [(r.kind.value, r.window or r.date, r.hedged) for r in found.release if r.served]


def test_a_making_step_beginning_is_no_window() -> None:
    for sentence in (
        "Producer Odile Fenwarth told us that the edit begins in January.",
        "The producers say post-production starts in February.",
        "Brindlemere's sound mix will begin in March, the team said.",
    ):
        found = served("Brindlemere has wrapped.", sentence)
        assert not any(kind == "window" for kind, _, _ in found), (sentence, found)


def test_the_release_beginning_stays() -> None:
    found = served("Brindlemere begins in cinemas in March.")
    assert ("window", "2026-03", False) in found


def test_out_with_an_object_is_no_release() -> None:
    found = served(
        "Brindlemere has rounded out its cast ahead of the start of filming later this month.",
        date="2025-07-02",
    )
    assert not any(kind == "window" for kind, _, _ in found), found


def test_a_season_slot_gone_this_year_is_next_years() -> None:
    found = served(
        "Netflix has not given Brindlemere a release date. An insider said the streamer is "
        "eyeing a spring slot, though nothing is locked."
    )
    assert ("window", "2026-03/2026-05", True) in found, found
    assert not any(window == "2025-03/2025-05" for _, window, _ in found), found


def test_a_window_the_cast_assume_is_hedged() -> None:
    found = served(
        "The cast of Brindlemere are working on the assumption that it will land sometime "
        "next year."
    )
    assert ("window", "2026", True) in found, found


def test_a_shoot_answer_with_its_first_day_and_last_month() -> None:
    found = served(
        "Brindlemere arrives on Netflix in May.",
        "You shot in Whitstaple last summer. What was that like?",
        "Windy! We started on 11 June and wrapped in August.",
        date="2026-03-20",
    )
    assert ("filming_started", dt.date(2025, 6, 11), False) in found, found
    assert ("filming_wrapped", "2025-08", False) in found, found


def test_a_day_after_the_article_is_no_look_back() -> None:
    found = served(
        "Where did you film it?",
        "We started on 24 June in Whitstaple.",
        date="2026-06-10",
    )
    assert not any(kind == "filming_started" for kind, _, _ in found), found
