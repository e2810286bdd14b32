"""A bracketed list keeps one order: when its own pairs' votes disagree (one pair reads actor
first, another part first), one vote is wrong and nothing tells which, so the list is held,
never served half reversed."""

from __future__ import annotations

from tests.extract.helpers import facts
from tests.extract.helpers import served_pairs as served


def test_pairs_of_one_list_that_vote_both_ways_are_held() -> None:
    found = facts(
        "The final chapter of Lantern Row has finished filming, and here is what we know.",
        "Rosa Marsh (Ivy Thorne) and Dev Okoro (Finn Garland) are in the finale too.",
        "Marsh said she cried on the last day. Garland, meanwhile, was never far from the sea.",
    )
    assert not served(found) & {("Finn Garland", "Dev Okoro"), ("Dev Okoro", "Finn Garland")}


def test_a_three_pair_list_split_by_its_votes_is_held() -> None:
    found = facts(
        "Quarry Lane wrapped in Leeds last week.",
        "Petra Lindqvist (Hanne Vogt), Osman Reyes (Tomas Berg) and Ilse Marchetti (Rosa Harrow) "
        "will be seen together in the spring.",
        "Lindqvist posted a photo from the wrap party. Harrow, it seems, has one last secret.",
    )
    assert not served(found) & {("Rosa Harrow", "Ilse Marchetti"), ("Ilse Marchetti", "Rosa Harrow")}
