"""A title revealed in markdown bold or italics after a colon, on invented text: "The studio
announced the title: **Larkspur: Far Shores**" is the whole title, never cut at its colon."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Larkspur film: everything we know"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-10-01", title=_TITLE)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_a_bold_title_after_a_colon_is_whole() -> None:
    titles = _titles(
        "Fans have waited all summer.",
        "Then yesterday the studio announced the title: **Larkspur: Far Shores**. More soon.",
    )
    assert titles == {"Larkspur: Far Shores"}


def test_an_italic_title_after_a_colon_is_whole() -> None:
    titles = _titles(
        "Fans have waited all summer.",
        "This morning the streamer revealed the official title: *Larkspur: Low Tide*.",
    )
    assert titles == {"Larkspur: Low Tide"}


def test_a_bold_title_a_film_has_is_whole() -> None:
    titles = _titles(
        "Fans have waited all summer.",
        "The sequel finally has a new title: **Larkspur: Night Orchard**, the studio said.",
    )
    assert titles == {"Larkspur: Night Orchard"}
