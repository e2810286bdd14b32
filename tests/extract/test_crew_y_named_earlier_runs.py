"""The earlier instalments named with their show ("the three earlier seasons of Dune Road,
directed by X") are still the earlier runs: X is their maker, not the film's; a run not told as
earlier keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, "It was directed by Petra Lune. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_earlier_runs_named_with_their_show_credit_nobody_here() -> None:
    for sentence in (
        "The three earlier seasons of Marrowgate, directed by Odo Brannock, looked colder.",
        "The previous series of Marrowgate, directed by Odo Brannock and Iris Feld, were grey.",
        "Fans loved the earlier seasons, directed by Odo Brannock.",
    ):
        found = _directors(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Petra Lune" in found, sentence


def test_a_run_not_told_as_earlier_keeps_its_credit() -> None:
    found = _directors("The film of Marrowgate, directed by Odo Brannock, is long.")
    assert "Odo Brannock" in found
