"""A scene of the work named by who is in it, then a participle into the words ("the scene
with Ada Vale, as his aunt, telling him “...”"): the part's line, never the actor's quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Why the end of Gannet Row got to me"
_LEDE = "Gannet Row, starring Ada Vale and Tom Reyes, ends its run on Channel 4 this week."


def test_the_scene_with_an_actor_telling_him_is_the_works_line() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "Best of all is the scene with Ada Vale, as his grandmother, telling him “nobody"
        " minds who you love” over a cold cup of tea.",
    )
    assert not any(text.startswith("nobody minds") for text, _ in served_quotes(found))


def test_the_actor_speaking_of_a_scene_keeps_her_words() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "Of the scene with Tom Reyes, Vale said: “We did it in one take and then went home.”",
    )
    assert any(text.startswith("We did it in") for text, _ in served_quotes(found))
