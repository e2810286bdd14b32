"""One of the page's actors set equal to another actor in a part ("not saying Vell is Ada Penn
as Mira Holt yet") is a comparison with another show, no casting; an inverted casting ("Opposite
Vell is Ada Penn as Mira") keeps its part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Tin Lane episode one discussion thread"
_LEDE = "Starring: Nora Vell (DI Cass Morrow), Jem Talbot (Father Rua)"


def _pairs(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, sentence, title=_TITLE))


def test_an_actor_equated_with_another_in_a_part_is_a_comparison() -> None:
    for sentence in (
        "Big Copper Sound energy. Not saying Vell is Ada Penn as Mira Holt yet, but wait.",
        "Honestly Talbot is basically Owen Farr as Brother Ciaran from that other show.",
    ):
        found = _pairs(sentence)
        assert ("Nora Vell", "DI Cass Morrow") in found, sentence
        assert not any(pair[0] in {"Ada Penn", "Owen Farr"} for pair in found), sentence


def test_an_inverted_casting_keeps_its_part() -> None:
    found = _pairs("Opposite Vell is Ada Penn as Mira Holt, a harbour pilot with secrets.")
    assert ("Ada Penn", "Mira Holt") in found
