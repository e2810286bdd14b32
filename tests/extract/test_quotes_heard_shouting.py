"""A shout heard in someone else's clip is the shouter's, named as heard, not the poster's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The cast of Gull Point said goodbye online as filming ended this week."


def test_heard_shouting_in_a_posted_clip() -> None:
    found = facts(
        _LEDE,
        "Ada Vale (Mira Dace) posted a clip of the cast singing in the rain. Tom Reed, who "
        "plays Ivo Lark, can be heard shouting “from the top!” off camera.",
    )
    assert served_quotes(found) == [("from the top", "Tom Reed")]


def test_could_be_heard_yelling() -> None:
    found = facts(
        _LEDE,
        "Jo Brand-Okoye shared a video from the last night shoot, in which Ben Ashdown could be "
        "heard yelling “lights, please!” at the crew.",
    )
    assert ("lights, plea", "Jo Brand-Okoye") not in served_quotes(found)


def test_heard_in_character_is_a_line_of_the_work() -> None:
    found = facts(
        _LEDE,
        "On the harbour set, Reed, as Ivo, could be heard shouting “Come back to the boat!” "
        "before the take was cut.",
    )
    assert ("Come back to", "Tom Reed") not in served_quotes(found)
