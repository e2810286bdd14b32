"""A clip retold in the present, its words credited to a first name alone that no actor on the
page goes by ("the clip had the pair in a lift while Wren shouts, “...”"): the part's line."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Gannet Row panel: a first clip and a new face"
_PARTS = "Vale and Reyes – Wren Hollis and Ned Hollis in the series – sat down to cheers."
_LEDE = "Ada Vale and Tom Reyes showed fans a clip of Gannet Row at a Leeds convention."


def test_a_first_name_shouting_in_a_clip_is_the_works_line() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        _PARTS,
        "The clip, shown twice, had Wren and her brother stuck in a lift while Wren shouts,"
        " “Nobody press anything!” The hall roared.",
    )
    assert not any(text.startswith("Nobody press") for text, _ in served_quotes(found))


def test_an_actor_by_first_name_in_a_clip_keeps_his_words() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        _PARTS,
        "After the clip, Tom jokes, “Nobody press anything, we only have the one lift.”",
    )
    assert any(text.startswith("Nobody press") for text, _ in served_quotes(found))
