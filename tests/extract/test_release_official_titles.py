"""A title told as official in an article whose headline says it guesses, on invented text:
"The film is officially titled X" is served; a guessed name stays held."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Hollow film: release date speculation, cast and everything we know"


def _titles(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2026-02-10", title=_TITLE)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_an_official_title_in_a_guessing_article_is_served() -> None:
    assert _titles(
        "The film is officially titled Copper Hollow: Homecoming, a name the studio revealed "
        "in May."
    ) == {"Copper Hollow: Homecoming"}
    assert _titles("The sequel is officially called Copper Hollow Returns.") == {
        "Copper Hollow Returns"
    }


def test_a_guessed_title_stays_held() -> None:
    assert _titles("Fans think the film could be called Copper Hollow Returns.") == set()
