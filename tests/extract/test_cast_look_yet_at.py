"""A trailer's "best look yet at X as Y" is a picture of the actor in the part, as "a first look
at X as Y" is; "at" before a place still names no actor."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_best_look_yet_at_an_actor_as_a_part() -> None:
    found = facts(
        "Copper Bay: the first trailer is here.",
        "The teaser also gives us our clearest look yet at Edda Marlowe as Juno, the new vet.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)


def test_a_look_now_at_an_actor_as_a_part() -> None:
    found = facts(
        "Harrow Lane: new stills.",
        "Fans can take a look now at Tobias Hale as Abner in three new stills from the set.",
    )
    assert ("Tobias Hale", "Abner") in served_pairs(found)


def test_at_a_place_is_still_no_actor() -> None:
    found = facts(
        "Harrow Lane: filming in town.",
        "Crowds gathered yet again at Harbour Square as Abner's big scene was shot.",
    )
    assert not served_pairs(found)
