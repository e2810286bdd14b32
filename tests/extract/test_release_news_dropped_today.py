"""The day a streamer put out news (a title, a still, a teaser) is no premiere, on invented text:
"Here's all that the studio dropped this morning", "Below is what the streamer revealed today".
The thing put out is the round of news, not the film; a film put out that day still dates it,
and so does a film that is itself "what the streamer released"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import served_releases

_TITLE = "Dunmore Flats gets a name and a first look"
_DATED = "Dunmore Flats arrives on the service on 9 April."
_LATER = "Dunmore Flats is the title of the film, which arrives in 2027."


def _premieres(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-03-04", title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


@pytest.mark.parametrize(
    "news",
    [
        "It has a name at last. Here's all that the studio dropped this morning.",
        "Dunmore Flats has a first look. Below is what Hulu released today.",
        "Here is a quick look at what Paramount+ released today.",
    ],
)
def test_a_round_of_news_put_out_that_day_is_no_premiere(news: str) -> None:
    assert not _premieres(news, _LATER)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Dunmore Flats is what Hulu released this morning, and fans are in tears.", "2026-03-04"),
        ("Dunmore Flats, everything the streamer dropped on Friday, is a joy.", "2026-02-27"),
    ],
)
def test_the_film_that_is_what_the_streamer_released_is_dated(line: str, day: str) -> None:
    assert day in _premieres(line)


def test_the_film_dropped_this_morning_still_dates_its_release() -> None:
    assert "2026-03-04" in _premieres(
        "Dunmore Flats dropped on Hulu this morning, and fans are already in tears.",
    )


def test_a_statement_released_on_sunday_is_no_premiere() -> None:
    assert _premieres(
        "In a statement released to fans by the streamer on Sunday, the producer thanked the crew.",
        _DATED,
    ) == {"2026-04-09"}


def test_a_note_shared_by_the_studio_yesterday_is_no_premiere() -> None:
    assert _premieres(
        "A note shared with subscribers by the studio yesterday promised more news soon.",
        _DATED,
    ) == {"2026-04-09"}
