"""A title led by "The" before a possessive craft ("the composer behind The Silent Tide's
haunting score") is a work, never its maker; a person's possessive score still credits the
composer (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_titles_possessive_score_names_no_composer() -> None:
    lede = "The Wexford-born composer behind The Silent Tide's haunting score talks to us."
    found = served_credits(facts(lede, "Nell Corrigan recorded it in a boathouse in Rosslare."))
    assert not {name for _, name in found} & {"Silent Tide", "The Silent Tide", "Tide"}


def test_a_persons_possessive_score_names_the_composer() -> None:
    lede = "Hollowmere opens on Friday."
    found = served_credits(facts(lede, "Nell Corrigan's haunting score carries the final act."))
    assert ("composer", "Nell Corrigan") in found
