"""The day a streamer put out news (a title, a still, a teaser) is no premiere, on invented text:
"Here's everything Apple dropped this morning", "Below is what the streamer revealed today". The
thing dropped is the round of news, not the film; a film dropped that day still dates it."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Glass Orchard gets a name and a first look"


def _premieres(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-03-04", title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_everything_the_streamer_dropped_this_morning_is_no_premiere() -> None:
    assert not _premieres(
        "It has a name at last. Here's everything Netflix dropped this morning.",
        "Glass Orchard is the title of the film, which arrives in 2027.",
    )


def test_what_the_studio_revealed_today_is_no_premiere() -> None:
    assert not _premieres(
        "Glass Orchard has a first look. Below is what Apple TV+ unveiled today.",
    )


def test_all_that_they_released_on_friday_is_no_premiere() -> None:
    assert not _premieres(
        "A recap of all that the streamer released on Friday about Glass Orchard.",
    )


def test_the_film_dropped_this_morning_still_dates_its_release() -> None:
    assert "2026-03-04" in _premieres(
        "Glass Orchard dropped on Netflix this morning, and fans are already in tears.",
    )


def test_a_statement_released_on_sunday_is_no_premiere() -> None:
    assert not _premieres(
        "In a statement released to fans by Netflix on Sunday, the producer thanked the crew.",
        "Glass Orchard is coming in 2027.",
    )


def test_a_note_shared_by_the_studio_yesterday_is_no_premiere() -> None:
    assert not _premieres(
        "A note shared with subscribers by the studio yesterday promised more news soon.",
    )
