"""A part's first name speaking in a scene ("Mira tells him in one scene"), on invented text: a
part's line, not a person's words, so it never makes that side of a bracketed pair the actor;
a first name speaking outside any scene still weighs as before."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "The first teaser for Kellow Down, the wartime drama, arrived on Tuesday."


def test_a_parts_line_in_a_scene_does_not_make_it_the_actor() -> None:
    found = facts(
        _LEDE,
        "It shows Gus Penn (Tamsin Orlo) leaving the harbour while Wilf Carrow (Hale Dunmore)"
        " waits on the quay. “Come back before the tide,” Wilf tells her in one scene.",
    )
    assert ("Hale Dunmore", "Wilf Carrow") in served_pairs(found), found.cast
    assert ("Wilf Carrow", "Hale Dunmore") not in pairs(found), found.cast


def test_a_line_in_the_last_scene_leaves_a_list_unsettled() -> None:
    found = facts(
        "Moderators of the Kellow Down forum posted their spoiler rules on Thursday.",
        "Tag everything. “Gus says something in the last scene” in a title is a spoiler.",
        "Please be kind to the cast. Tamsin Orlo (Gus Penn) and Hale Dunmore (Wilf Carrow) have"
        " both asked fans to keep out of their messages.",
    )
    assert ("Gus Penn", "Tamsin Orlo") not in served_pairs(found), found.cast
    assert ("Wilf Carrow", "Hale Dunmore") not in served_pairs(found), found.cast
