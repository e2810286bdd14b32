"""A column retelling a scene names an actor with the part they are playing, then gives the
part's words with no one credited: the work's line, not a quote. The actor speaking at a panel,
or a scene not retold, stays as it was."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Why the ending of Saltmarrow works"
_LEDE = "Saltmarrow's final episode aired last week, and it has not left my head since."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs, title=_TITLE))


def test_an_actor_playing_a_part_in_a_retold_scene_gives_the_parts_line() -> None:
    served = _served(
        "Take the scene in which Wren sits on the harbour wall with her father. Tomas Reyne, "
        "playing Abel, hardly moves. When he does, it's to say “Come home, girl,” and that is "
        "the whole episode."
    )
    assert all(not text.startswith("Come home") for text, _ in served)


def test_an_actor_as_a_part_in_a_scene_gives_the_parts_line() -> None:
    served = _served(
        "The scene everyone is clipping is short. Odile Brannagh, as Ruth, turns from the "
        "window and the only words are “The light stays on.” It is devastating."
    )
    assert all(not text.startswith("The light st") for text, _ in served)


def test_an_actor_playing_a_part_at_a_panel_stays_a_quote() -> None:
    served = _served(
        "At the panel, Tomas Reyne, playing Abel, said of the last scene: “I cried every take.”"
    )
    assert ("I cried ever", "Tomas Reyne") in served
