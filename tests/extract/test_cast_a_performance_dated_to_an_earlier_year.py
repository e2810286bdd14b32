"""A part told only as a performance of an earlier year ("won for X's performance as Y in
2021") is a past work's, held; the page's own year, or the part cast again in the sentence,
keeps the casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkspur Lane: the film gets four award nominations"
_LEDE = "The Larkspur Lane film has picked up four nominations, including one for Ines Rowe."


def _served(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE, date="2026-10-02")
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_performance_of_an_earlier_year_is_held() -> None:
    for sentence in (
        "The original series took several prizes over its three seasons, among them one for"
        " Tobias Wren's performance as Hal Bracken in 2021.",
        "The first series won two awards, including for Tobias Wren's portrayal as Hal Bracken"
        " back in 2021.",
    ):
        assert ("Tobias Wren", "Hal Bracken") not in _served(sentence), sentence


def test_this_years_performance_or_a_part_cast_again_stays() -> None:
    for sentence in (
        "The jury singled out Tobias Wren's performance as Hal Bracken in 2026 as the best of"
        " the year.",
        "Tobias Wren, praised for his performance as Hal in 2021, returns as Hal Bracken in the"
        " film.",
    ):
        cast = _served(sentence)
        assert any(c == ("Tobias Wren", "Hal Bracken") for c in cast), (sentence, cast)
