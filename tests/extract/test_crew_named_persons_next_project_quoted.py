"""A profile tells its subject's next project by name and with a quoted title: "Varga’s next
project is a feature, “Pale Season”, for director X" and "Okonjo's next job, the thriller
'Grey Shore', is for director Y" name that work's director, not the article's (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Ilse Varga on lighting Copper Lane"
_LEDE = "Cinematographer Ilse Varga shot Copper Lane, directed by Pilar Ostend, on 16mm."


def test_a_named_persons_next_project_with_a_quoted_title_credits_no_director() -> None:
    for sentence in (
        "Varga’s next project is a feature, “Pale Season”, for director Tomas Brenner, which"
        " shoots in Iceland in March.",
        "Varga's next job, the thriller 'Pale Season', is for the Danish director Tomas Brenner.",
        "Ilse Varga’s next film, “Pale Season”, is with director Tomas Brenner.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert ("director", "Tomas Brenner") not in credits(found), sentence
        assert ("director", "Pilar Ostend") in credits(found), sentence


def test_a_next_project_that_is_our_work_keeps_its_director() -> None:
    found = facts(
        "Ilse Varga is the cinematographer to watch.",
        "Varga’s next project is “Copper Lane”, for director Pilar Ostend.",
        title="Copper Lane: Ilse Varga to shoot Pilar Ostend's drama",
    )
    assert ("director", "Pilar Ostend") in credits(found)
