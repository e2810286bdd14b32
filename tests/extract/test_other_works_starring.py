"""Parts in another work told in passing: "“Title,” starring X as Y", "Title (2009), a ... drama
starring X as Y", "X, who won a prize for playing Y in “Title”" are that work's castings."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_quoted_rival_film_starring_someone_is_not_our_casting() -> None:
    found = facts(
        "Quarry Lane is chasing awards this winter, with Petra Lindqvist as Hanne Vogt.",
        "It has rivals. Lumen Pictures’ “The Salt Garden,” starring Osman Reyes as a grieving "
        "beekeeper called Tomas, opens on Friday.",
    )
    assert ("Petra Lindqvist", "Hanne Vogt") in pairs(found)
    assert not any(actor == "Osman Reyes" for actor, _ in pairs(found))


def test_an_earlier_film_with_its_year_starring_someone_is_not_our_casting() -> None:
    found = facts(
        "Editor Ilse Marchetti, who cut Quarry Lane, has died aged 71.",
        "Her first success was Anders Voll’s Kaldvik (1994), a spare, wintry thriller starring "
        "Maren Solvik as the ferry pilot Edie, which won prizes across Europe.",
    )
    assert not any(actor == "Maren Solvik" for actor, _ in pairs(found))


def test_a_prize_for_playing_a_part_in_a_quoted_work_is_that_works_part() -> None:
    found = facts(
        "Quarry Lane has cast Callum Adair as Joss Penhallow.",
        "Adair, who won a Bafta for playing King Edgar in “The Long Winter,” starts filming "
        "next month.",
    )
    assert pairs(found) == {("Callum Adair", "Joss Penhallow")}


def test_our_own_film_starring_someone_stays() -> None:
    found = facts(
        "Netflix has released the first trailer for Quarry Lane.",
        "Quarry Lane, a chilly thriller starring Petra Lindqvist as Hanne Vogt, arrives in the "
        "spring.",
        title="Quarry Lane trailer: first look at the Netflix thriller",
    )
    assert ("Petra Lindqvist", "Hanne Vogt") in pairs(found)
