"""A name after a relative clause that follows "as the <noun>" is the clause's object ("back as
the friends who have stood by them since Harlowe", a school), not the part; a name apposed to
the noun ("as the neighbour, Mira Dunn") is still the part (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Tallowmere: what to know"
_LEDE = "Tallowmere, the new film, opens in cinemas in June."


def _parts(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_name_inside_a_relative_clause_is_no_part() -> None:
    for sentence in (
        "Oona Fell is back as the friend who has stood by them since Harlowe.",
        "Oona Fell and Jed Pryce return as the neighbours that once ran Harlowe.",
    ):
        assert not any(part == "Harlowe" for _, part in _parts(sentence)), sentence


def test_a_name_apposed_to_the_noun_is_the_part() -> None:
    assert ("Oona Fell", "Mira Dunn") in _parts("Oona Fell is back as the neighbour, Mira Dunn.")
