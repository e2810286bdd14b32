"""A tabloid's praise before a name ("Gorgeous Wren Palliser-Hoyt, 24, has been cast as ...")
is no part of the name: the actor is the name after it."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_descriptive_adjective_before_a_cast_name_is_dropped() -> None:
    first = facts(
        "Gorgeous Wren Palliser-Hoyt, 24, has been cast as his scheming sister Lady Maudine.",
        title="Gilded Cage casts its villain",
    )
    assert pairs(first) == {("Wren Palliser-Hoyt", "Lady Maudine")}
    second = facts(
        "Glamorous Delphine Acari-Moss has been cast as the duke's rival Countess Verena in "
        "Velvet Thorn.",
        title="Velvet Thorn adds a countess",
    )
    assert pairs(second) == {("Delphine Acari-Moss", "Countess Verena")}
    third = facts(
        "Sultry Marisa Quigg, 29, will play the widow Lady Ashdown in Crimson Hall.",
        title="Crimson Hall finds its widow",
    )
    assert pairs(third) == {("Marisa Quigg", "Lady Ashdown")}


def test_a_cast_name_said_to_be_in_a_state_is_not_the_speaker() -> None:
    first = facts(
        "Wren Palliser-Hoyt, 24, has been cast as Lady Maudine.",
        "Wren, who began as a model, is said to be “thrilled to bits”.",
        title="Gilded Cage casts its villain",
    )
    assert [(q.text, q.speaker) for q in first.quotes] == [("thrilled to bits", "")]
    second = facts(
        "Jory Cadwallader has landed the part of Captain Hesketh.",
        "Jory is said to feel “on top of the world” about the role.",
        title="Storm Coast finds its captain",
    )
    assert [(q.text, q.speaker) for q in second.quotes] == [("on top of the world", "")]
