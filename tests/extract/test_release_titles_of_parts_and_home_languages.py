"""A name for a part of something else, or for a showing in a language of these islands
besides English, is not the work's title, on invented text.

"the episode is titled Tern Weather" names a podcast's episode; "broadcast in Welsh on S4C
under the title Halen y Môr" names the Welsh showing. "The series is titled Harrowen Moss" still
names the work, and "opens in Welsh cinemas under the title" keeps the film's own name.
"""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str, title: str = "Harrowen Moss: all you need to know") -> set[str]:
    served = served_releases(*paragraphs, date="2026-02-10", title=title)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_an_episode_titled_after_a_dash_is_no_title() -> None:
    titles = _titles(
        "The pair talk about the last week of the Harrowen Moss shoot, and there is a detour into "
        "gardening – the episode is titled “Tern Weather” – before the listener questions."
    )
    assert "Tern Weather" not in titles


def test_a_chapter_called_a_name_is_no_title() -> None:
    titles = _titles(
        "Her memoir comes out in May. Its second chapter is called Low Tide, after the street "
        "where she grew up."
    )
    assert "Low Tide" not in titles


def test_a_showing_in_welsh_under_another_title_is_no_title() -> None:
    titles = _titles(
        "A spokesperson added that the drama will also be broadcast in Welsh on S4C under the "
        "title ‘Halen y Môr’ later in the year."
    )
    assert "Halen y Môr" not in titles


def test_a_showing_in_irish_under_another_title_is_no_title() -> None:
    titles = _titles(
        "The series will be shown in Irish, with subtitles, under the title Móin na Sruthán."
    )
    assert not any(t.startswith("Móin") for t in titles)


def test_the_series_titled_a_name_is_still_the_title() -> None:
    titles = _titles(
        "The broadcaster confirmed today that the new drama is titled Harrowen Moss.",
        title="Broadcaster names its new drama",
    )
    assert "Harrowen Moss" in titles
