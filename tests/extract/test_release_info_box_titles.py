"""A title given on a fact box's line of its own, on invented text: "Title: Larkspur: Far
Shores", "- Title: Larkspur Evermore, confirmed by the studio today.", "**Title:** Larkspur:
Far Shores"; not "Title: not announced yet" (no name)."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "[THREAD] The Larkspur film – release day discussion"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-05-01", title=_TITLE)
    return {str(r.title) for r in served if r.kind.value == "title"}


_LEDE = "Welcome to the pinned thread for the Larkspur film, out today on Netflix."


def test_a_fact_box_title_line_is_the_title() -> None:
    titles = _titles(_LEDE, "Film info", "Title: Larkspur: Far Shores", "Runtime: 1h 52m")
    assert titles == {"Larkspur: Far Shores"}


def test_a_bulleted_title_line_with_a_note_after_it_is_the_title() -> None:
    titles = _titles(_LEDE, "- Title: Larkspur Evermore, confirmed by the studio today.")
    assert titles == {"Larkspur Evermore"}


def test_a_bold_title_label_is_the_title() -> None:
    titles = _titles(_LEDE, "**Title:** Larkspur: Far Shores", "**Runtime:** 1h 52m")
    assert titles == {"Larkspur: Far Shores"}


def test_a_title_line_without_a_name_is_no_title() -> None:
    assert not _titles(_LEDE, "- Title: not announced yet, whatever the fan edits say.")
