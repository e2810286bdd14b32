"""A credit whose names a relative clause says are not on this production ("all directed by X
or Y, neither of whom is on this one") is the earlier runs' credit; a clause on the holders'
past ("neither of whom had made a film before") keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Candlewick Street: the film, explained"
_LEDE = "Candlewick Street: Last Pints, the film of the sitcom, is directed by Pell Arno."


def _directors(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_holders_said_not_on_this_one_are_no_credit() -> None:
    for sentence in (
        "Series one aired in 2019 and series two in 2021, all directed by Tamsin Greeve or Odo"
        " Villars, neither of whom is on this one.",
        "The sitcom was directed by Tamsin Greeve and Odo Villars, neither of whom is involved"
        " this time.",
    ):
        found = _directors(sentence)
        assert "Tamsin Greeve" not in found and "Odo Villars" not in found, sentence


def test_a_clause_on_the_holders_past_keeps_the_credit() -> None:
    lede = "Candlewick Street: Last Pints, the film of the sitcom, opens in May."
    sentence = (
        "It is directed by Tamsin Greeve and Odo Villars, neither of whom had made a film before."
    )
    found = {c.name for c in facts(lede, sentence, title=_TITLE).crew}
    assert "Tamsin Greeve" in found
