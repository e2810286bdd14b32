"""A town or a village said to be "now called" something, in a set report, goes by a name dressed
for the shoot: not the work's title. A film "now called" something still is. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Set report: the week Polwick became a film set"
_LEDE = "The Streamly drama Tin Lane began filming in Polwick on 3 March."


def _titles(sentence: str) -> set[str]:
    found = served_releases(_LEDE, sentence, date="2026-03-20", title=_TITLE)
    return {fact.title for fact in found if fact.title}


def test_a_town_now_called_something_names_no_title() -> None:
    assert "Brackwater" not in _titles(
        "If you walked down Fore Street last week, the chemist is now a tearoom called The "
        "Kettle, and the town is now called Brackwater."
    )


def test_a_village_that_has_been_named_something_names_no_title() -> None:
    assert "Saltmoor" not in _titles(
        "For six weeks the village has been named Saltmoor, with new signs on every road in."
    )


def test_a_film_now_called_something_still_names_the_title() -> None:
    assert "Brass Ferry" in _titles(
        "The drama, first announced as Tin Lane, is now called Brass Ferry."
    )
