"""A place before a maker described by more than one word is never the credit: "the score is by
Leeds electronic duo X" credits X, not the town."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Ridgewell, a new crime series, opens on Sunday."


def test_place_before_adjective_and_group_noun() -> None:
    found = served_crew(
        _LEDE,
        "Tomas Brell directed all six episodes, and the score is by Leeds electronic duo Paper "
        "Lanterns.",
    )
    assert ("composer", "Leeds") not in found
    assert ("composer", "Paper Lanterns") in found


def test_place_before_two_adjectives_and_agent_noun() -> None:
    found = served_crew(_LEDE, "The music is by Bristol self-taught jazz pianist Ada Fenwick.")
    assert ("composer", "Bristol") not in found


def test_place_before_adjective_and_trio() -> None:
    found = served_crew(_LEDE, "The score is by Dundee folk trio Hollow Fen.")
    assert ("composer", "Dundee") not in found
