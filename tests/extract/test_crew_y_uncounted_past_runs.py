"""A passive credit whose subject is the runs told uncounted in the past ("The seasons were
directed by X") is the earlier instalments', not the film's; a single season's credit, and the
film's own, are still credited (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film gets a spring date"
_LEDE = "The Marrowgate film, which ends the drama, now arrives in May."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, "It was directed by Petra Lune. " + sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_uncounted_past_runs_credit_nobody_here() -> None:
    for sentence in (
        "The seasons were directed by Odo Brannock and Iris Feld; Lune made only the film.",
        "Those seasons were directed by Odo Brannock.",
        "Its seasons had been directed by Odo Brannock.",
    ):
        found = _directors(sentence)
        assert "Odo Brannock" not in found, sentence
        assert "Petra Lune" in found, sentence


def test_a_single_season_or_the_film_keeps_its_credit() -> None:
    assert "Odo Brannock" in _directors("The season was directed by Odo Brannock.")
    assert "Odo Brannock" in _directors("The film was also directed by Odo Brannock.")
