"""Another work's casting told in a clause on its title: the kind an owner's ("X, Ada Vell's
2019 film in which ..."), a plural owner ("Sky Kids' X, in which newcomer ..."), or the title
listed after a kind's plural ("British shows: X, with A as P, and ..."); an actor's own
possessive before a part ("Ada Vell's Mira, with B as Q") is no owner of a work."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_TITLE = "Brannock Tide review: a fine, flinty drama"


def test_an_owners_dated_film_in_which_is_held() -> None:
    found = facts(
        "Wrenna Collis plays Ysolde Marr in Brannock Tide.",
        "There will be comparisons with Brisk Water, Piet Ostley's 2019 film in which Lowen "
        "Fitch's Orlo is shut out by his brother.",
        title=_TITLE,
    )
    assert ("Wrenna Collis", "Ysolde Marr") in served_pairs(found)
    assert ("Lowen Fitch", "Orlo") not in served_pairs(found)


def test_a_plural_owners_work_in_which_a_newcomer_plays_is_held() -> None:
    found = facts(
        "Wrenna Collis plays Ysolde Marr in Brannock Tide.",
        "It faces competition from Dunlin Kids’ Hebble Lane, in which newcomer Orrin Taft plays "
        "the young detective Nim Sallow.",
        title=_TITLE,
    )
    assert ("Orrin Taft", "Nim Sallow") in held_pairs(found)
    assert ("Orrin Taft", "Nim Sallow") not in served_pairs(found)


def test_a_title_listed_after_a_kinds_plural_is_held() -> None:
    found = facts(
        "Wrenna Collis plays Ysolde Marr in Brannock Tide.",
        "The streamer has form with British shows: Cobble Yard, with Jessamy Kell as Mab Ferrow, "
        "and Quill Harbour have both become hits.",
        title=_TITLE,
    )
    assert ("Jessamy Kell", "Mab Ferrow") not in served_pairs(found)


def test_an_actors_possessive_part_before_with_is_served() -> None:
    found = facts(
        "Wrenna Collis returns as Ysolde opposite Lowen Fitch’s Ludo Pennick, with Jessamy Kell "
        "once more as Ysolde’s mother Mab.",
        title="Brannock Tide: the cast return",
    )
    assert ("Jessamy Kell", "Mab") in served_pairs(found)
