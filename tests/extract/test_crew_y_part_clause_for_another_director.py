"""A work set by its kind, a clause on someone's part in it, then "for director X" credits that
work's director, not the article's film; the film's own part told so keeps its director
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Marrowgate film loses its baker"
_LEDE = "The Marrowgate film, which ends the drama, has recast the village baker."


def _directors(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "director"}


def test_another_works_director_after_a_part_clause_is_held() -> None:
    for sentence in (
        "Petra Lune left over a clash with the Swedish feature Kall vinter, in which she plays "
        "the lead, Ebba Dahl, for director Odo Brannock.",
        "Petra Lune is busy with the thriller Gull Rock, in which she plays a ferry pilot, for "
        "the Welsh director Odo Brannock.",
    ):
        assert "Odo Brannock" not in _directors(sentence), sentence


def test_the_films_own_part_for_its_director_is_served() -> None:
    sentence = (
        "Petra Lune joins the feature Marrowgate, in which she plays the baker, for director "
        "Odo Brannock."
    )
    assert "Odo Brannock" in _directors(sentence)
