""" "Roe on why she cast a first-time actor as Mira": the name before an active casting verb and
a kind of person is who cast the part, not who plays it; "Roe, who was cast as Mira" plays it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Saltmarrow opened the festival on Friday night."


def test_director_who_cast_an_unknown_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "Saltmarrow stars Tamsin Roke as the ferrywoman Nan Orde.",
        "On the carpet, Petra Lisle explained why she cast a teenage unknown as Nan's son Jory.",
        title="Saltmarrow opens the festival",
    )
    assert ("Tamsin Roke", "Nan Orde") in served_pairs(found)
    assert not any(actor == "Petra Lisle" for actor, _ in served_pairs(found))


def test_director_who_hired_a_newcomer_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "Petra Lisle hired a local newcomer as the ferry's deckhand, Wenna.",
        title="Saltmarrow opens the festival",
    )
    assert not any(actor == "Petra Lisle" for actor, _ in served_pairs(found))


def test_actor_who_was_cast_is_still_the_actor() -> None:
    found = facts(
        _LEDE,
        "Tamsin Roke, who was cast as Nan Orde after one audition, walked the carpet.",
        title="Saltmarrow opens the festival",
    )
    assert ("Tamsin Roke", "Nan Orde") in served_pairs(found)
