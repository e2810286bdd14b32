"""An Irish or Scottish surname with "an" and a lenited or prefixed word ("Mac an tSaoir",
"Nic an Fhir", "Mac an Bhreithimh") is one name: the actor is not cut at "Mac"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_mac_an_and_a_prefixed_word_stay_in_the_actor() -> None:
    found = facts("Tidewrack also stars Ciarán Mac an tSeanaigh as Dessie Pratt.")
    assert served_pairs(found) == {("Ciarán Mac an tSeanaigh", "Dessie Pratt")}


def test_nic_an_and_a_capital_stay_in_the_actor() -> None:
    found = facts("Orlaith Nic an Bhreithimh will play Greta Mawn, the ferry pilot.")
    assert served_pairs(found) == {("Orlaith Nic an Bhreithimh", "Greta Mawn")}


def test_a_plain_an_between_names_is_no_particle() -> None:
    found = facts("Tidewrack adds Tomas Ferrow as Noel Quant an hour into the pilot.")
    assert ("Tomas Ferrow", "Noel Quant") in served_pairs(found)
