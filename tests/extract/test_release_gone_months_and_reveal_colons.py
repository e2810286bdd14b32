"""Invented text: a bare month after a release verb told in the past, or after "since" and an
event, is history, not a release still to come; a title after a reveal's colon is read only when
the reveal runs to the colon in one clause ("revealed the title of its next film: X"), never
from a subtitle in a clause after a comma ("revealed the title ..., and it's X: Y")."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Everything we know about the Copper Vale film"


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2025-10-20", title=_TITLE)
    return [(r.kind.value, r.window or r.title or "") for r in served]


def test_earlier_seasons_that_debuted_in_two_months_give_no_window() -> None:
    served = _served(
        "Copper Vale is due in 2026. Both earlier series of the drama premiered in March or "
        "September, so a spring slot would fit the pattern."
    )
    assert ("window", "2026") in served
    assert not any(value.startswith("2026-0") for _, value in served)


def test_a_first_film_that_launched_in_a_month_gives_no_window() -> None:
    served = _served("The first Copper Vale film launched in March.")
    assert not [fact for fact in served if fact[0] == "window"]


def test_a_month_still_to_come_in_the_present_is_still_read() -> None:
    served = _served("Copper Vale arrives on Hulu in February.")
    assert ("window", "2026-02") in served


def test_a_subtitle_behind_a_name_after_a_reveal_is_not_the_title() -> None:
    served = _served(
        "The studio revealed the title of the Copper Vale sequel, and it's Copper Vale: Ember."
    )
    assert not [fact for fact in served if fact[0] == "title"]


def test_a_title_after_a_reveal_and_a_plain_noun_is_still_read() -> None:
    served = _served("The studio unveiled the title of its next film: Copper Vale: Ember.")
    assert ("title", "Copper Vale: Ember") in served


def test_a_reveal_for_a_named_chapter_then_its_title_is_still_read() -> None:
    served = _served(
        "The studio revealed the title and date of the last chapter of Copper Vale: Copper Vale "
        "Ember will open on 3 April 2026."
    )
    assert ("title", "Copper Vale Ember") in served


def test_a_wait_since_an_event_in_a_month_gives_no_window() -> None:
    served = served_releases(
        "Quarrybank will be released on Netflix on Friday 6 March 2026.",
        "Plenty of you have been waiting on this since the title drop in September, so this is "
        "the place to talk about it.",
        date="2025-11-04",
        title="Quarrybank release date announced",
    )
    assert [(r.kind.value, str(r.date or r.window)) for r in served] == [
        ("premiere_date", "2026-03-06")
    ]


def test_a_drop_in_a_month_still_to_come_is_still_read() -> None:
    served = served_releases(
        "Quarrybank drops on Netflix in September.",
        date="2025-11-04",
        title="Quarrybank release date announced",
    )
    assert [(r.kind.value, r.window) for r in served] == [("window", "2026-09")]
