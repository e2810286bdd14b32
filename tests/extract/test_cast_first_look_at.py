"""A first "look at X as Y" shows the actor in the part: a casting, though "at" before a name
is otherwise read as a place ("a party at Harbour Square as ...")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_first_look_at_the_actor_in_the_part() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "The new teaser gives us a first look at Edda Marlowe as Juno, Tom's new flatmate, and "
        "Rafe Osei as rugby captain Bram.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)
    assert ("Rafe Osei", "Bram") in served_pairs(found)


def test_a_peek_at_the_actor_in_the_part() -> None:
    found = facts(
        "Harrow Lane shoots in spring.",
        "The poster offers a peek at Odile Fenwick as Constance, the vicar's wife.",
    )
    assert ("Odile Fenwick", "Constance") in served_pairs(found)
