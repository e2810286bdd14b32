"""A director pointed back at runs told before ("the first series ... was filmed here, with X
directing those episodes") is no credit of the new work (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "On set: Quillon Bay: The Film shoots in Cornwall"
_LEDE = "Quillon Bay: The Film, directed by Marlowen Essiby, began filming in Cornwall this week."


def _names(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(_LEDE, *paragraphs, title=_TITLE).crew if c.served}


def test_a_director_of_those_episodes_is_no_credit() -> None:
    names = _names(
        "The first series of the show, which arrived in 2021, was partly filmed here too, with"
        " Odran Pell directing those episodes."
    )
    assert "Odran Pell" not in names
    assert "Marlowen Essiby" in names
