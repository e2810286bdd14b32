"""A part told with another medium between the actor and "as" ("who spent last year on stage as
Prospero") is that run's part, not the screen production's; a screen part told the same way
keeps the casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Festival diary: Copperfold opens the week"
_LEDE = "Copperfold, the new drama from Ilse Marrow, opened the festival on Friday."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_stage_part_before_as_is_no_casting() -> None:
    for sentence in (
        "Orrin Tavey, who spent last year on stage as Prospero at the Lyric, plays the quiet"
        " father, Tam.",
        "Orrin Tavey, who toured the country on the radio as Prospero, plays the quiet"
        " father, Tam.",
    ):
        parts = _parts(sentence)
        assert ("Orrin Tavey", "Prospero") not in parts, sentence
        assert ("Orrin Tavey", "Tam") in parts, sentence


def test_a_screen_part_keeps_the_casting() -> None:
    sentence = "Orrin Tavey, who left the stage for the screen, stars as Tam."
    assert ("Orrin Tavey", "Tam") in _parts(sentence)
