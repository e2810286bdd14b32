"""A bracketed list joined on to an actor who "plays" a part earlier in the same list keeps the
actor first (:mod:`bot.extract.castlistcues`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_pairs_after_a_who_plays_item_read_actor_first() -> None:
    found = facts(
        "Crowds lined the square for the Saltwick Pier premiere on Thursday night.",
        "19:05 The first arrivals are in: Dorian Pask, who plays Felix Orme, and Anouk Verlaine"
        " (Tessa Hale), with Marek Ondrus (Giles Fenwick) just behind.",
    )
    assert {("Anouk Verlaine", "Tessa Hale"), ("Marek Ondrus", "Giles Fenwick")} <= (
        served_pairs(found)
    )
    assert ("Tessa Hale", "Anouk Verlaine") not in served_pairs(found)


def test_pairs_after_a_playing_item_read_actor_first() -> None:
    found = facts(
        "The Lantern Row cast gathered at the studio for a read-through this week.",
        "Signing posters were Priya Okafor-Lind, playing Ruth Calder, with Jonas Ekwall"
        " (Barnaby Steer) and Lise Marchetti (Ida Fenn).",
    )
    assert {("Jonas Ekwall", "Barnaby Steer"), ("Lise Marchetti", "Ida Fenn")} <= (
        served_pairs(found)
    )
    assert ("Barnaby Steer", "Jonas Ekwall") not in served_pairs(found)
