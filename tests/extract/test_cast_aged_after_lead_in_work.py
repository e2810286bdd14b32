"""Aged actors: "The 21-year-old will play Y" after a sentence that casts one actor "as the
lead in" a work adapted from a writer's novel: the work (after "lead in") and the writer
(before "'s novel") are no one the age means, so the actor is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_aged_actor_after_the_lead_in_a_novels_adaptation() -> None:
    found = facts(
        "Rising stage star Ottilie Brask has been cast as the lead in Glass Harbours, the BBC "
        "adaptation of Wren Hollis's bestselling YA novel.",
        "The 21-year-old will play Ada Quell, a shy astronomy student who writes letters.",
    )
    assert ("Ottilie Brask", "Ada Quell") in served_pairs(found)


def test_an_aged_actor_after_a_writers_memoir() -> None:
    found = facts(
        "Newcomer Bram Odell has landed the lead in Salt Years, based on Jude Amis's memoir.",
        "The 19-year-old plays Tobin Reece, a boy raised on a trawler.",
    )
    assert ("Bram Odell", "Tobin Reece") in served_pairs(found)
