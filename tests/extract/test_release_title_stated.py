"""A title stated plainly with "the title is" or "its title will be", on invented text; a title
sentence that names no title (a lowercase gloss) says nothing."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "The shoot is over and the sequel finally has a name"


def _titles(text: str) -> set[str]:
    served = served_releases(text, date="2026-04-01", title=_TITLE)
    return {str(r.title) for r in served if r.kind.value == "title"}


def test_the_title_is_names_the_title() -> None:
    assert _titles("The title is Lantern Row: Homecoming. The studio revealed it at noon.") == {
        "Lantern Row: Homecoming"
    }


def test_its_official_title_will_be_names_the_title() -> None:
    assert _titles("Its official title will be Brass Ferry, the studio said on Monday.") == {
        "Brass Ferry"
    }


def test_a_title_glossed_in_lowercase_names_nothing() -> None:
    assert _titles("The title is Spanish for harbour, the director explains.") == set()
