"""Two actors paired in order with the parts, the first given an age by "now" or "aged"
("Fenwick, now 31, and Dev Sandhu have spent years as Maisie and Luke"): the last actor is
never served the first part; a pair the pairing rule reads whole gives each actor their own
part (invented text)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tidewater Road returns for its last series in the spring."


@pytest.mark.parametrize("age", ["now 31", "aged 31"])
def test_the_last_actor_after_an_aged_first_is_not_given_the_first_part(age: str) -> None:
    sentence = (
        f"Fenwick, {age}, and Dev Sandhu have spent the better part of six long years as Maisie "
        "and Luke Pardoe, the feuding neighbours at the heart of the show."
    )
    found = served_pairs(facts(_LEDE, sentence))
    assert ("Dev Sandhu", "Maisie") not in found
    assert not any(actor == "Dev Sandhu" for actor, _ in found)


@pytest.mark.parametrize("age", ["now 31", "aged 31"])
def test_a_pair_read_whole_with_an_age_gives_each_actor_their_part(age: str) -> None:
    sentence = f"Orla Fenwick, {age}, and Dev Sandhu return as Maisie Crane and Luke Pardoe."
    found = served_pairs(facts(_LEDE, sentence))
    assert {("Orla Fenwick", "Maisie Crane"), ("Dev Sandhu", "Luke Pardoe")} <= found
    assert ("Dev Sandhu", "Maisie Crane") not in found
