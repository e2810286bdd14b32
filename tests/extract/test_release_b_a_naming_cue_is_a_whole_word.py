"""A title cue is read only as whole words: "a tailor from Tunis called Omar" has no "is called"
in it (the letters end a place name), so Omar is no title; "The film is called Tin Orchard"
still names the work. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-09")
    return {str(r.title) for r in found.release if r.served and r.kind.value == "title"}


def test_a_place_ending_in_is_before_called_names_no_title() -> None:
    titles = _titles(
        "Ysolde Marrak: Cato Brennick plays a tailor from Tunis called Omar, and he is superb.",
    )
    assert "Omar" not in titles


def test_a_whole_word_cue_still_names_the_work() -> None:
    titles = _titles(
        "Lumen Pictures has a new drama for the spring. The film is called Tin Orchard.",
    )
    assert "Tin Orchard" in titles
