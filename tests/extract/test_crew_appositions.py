"""A credit told in an apposition naming the article's own work (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay: the film adaptation starts shooting"


def test_the_creator_of_the_articles_work_in_an_apposition() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Written by Ines Morrow, the creator of Lantern Bay and author of the original novels, "
        "the film follows two sisters.",
        title=_TITLE,
    )
    assert {("creator", "Ines Morrow"), ("author", "Ines Morrow")} <= credits(found)


def test_a_composer_of_the_articles_work_in_an_apposition() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Pia Sorel, the composer of Lantern Bay, recorded the score in Prague.",
        title=_TITLE,
    )
    assert ("composer", "Pia Sorel") in credits(found)


def test_the_director_of_other_works_in_an_apposition_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Ivo Brand, the director of Salt Road and Quiet Fields, is said to be interested.",
        title=_TITLE,
    )
    assert ("director", "Ivo Brand") not in credits(found)
