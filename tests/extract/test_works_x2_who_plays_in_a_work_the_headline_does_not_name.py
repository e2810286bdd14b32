"""An actor's aside "X, who plays Y in Z", on invented text: under a headline naming the
article's own work, a part the aside sets in a work the headline does not name is that work's,
even when the article gives the actor no other part; a part set in our own work is still read."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Copperfold Casts Its Lighthouse Keeper as Filming Begins in Cornwall"
_LEDE = "The Copperfold film has found the last of its leads, its makers said on Tuesday."
_LATER = "Shooting runs until the end of October, with a release pencilled in for next year."


def test_a_part_in_a_work_the_headline_does_not_name_is_not_ours() -> None:
    found = pairs(
        facts(
            _LEDE,
            "Tamsin Orrell-Vance, who plays Sgt Hester Quayle in “Gullstone Quay”, has signed"
            " on for a small role, the studio confirmed.",
            _LATER,
            title=_TITLE,
        )
    )
    assert ("Tamsin Orrell-Vance", "Sgt Hester Quayle") not in found, found


def test_a_part_in_our_own_work_is_still_read() -> None:
    found = pairs(
        facts(
            _LEDE,
            "Tamsin Orrell-Vance, who plays Hester Quayle in Copperfold, says the coast was"
            " freezing.",
            _LATER,
            title=_TITLE,
        )
    )
    assert ("Tamsin Orrell-Vance", "Hester Quayle") in found, found


def test_a_comma_then_a_place_or_a_season_is_no_other_work() -> None:
    for aside in (
        "Tamsin Orrell-Vance, who plays Hester Quayle, in Penzance last week",
        "Tamsin Orrell-Vance, who plays Hester Quayle in Season 2,",
    ):
        found = pairs(
            facts(
                _LEDE, f"{aside} has signed on again, the studio confirmed.", _LATER, title=_TITLE
            )
        )
        assert ("Tamsin Orrell-Vance", "Hester Quayle") in found, (aside, found)
