"""A part set beside its actor ("Ada Vale, Lark Tamsin herself") is the actor's part: a pronoun
after it ("he said") is the actor's, never the part's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The premiere of The Copper Lantern began at six."


def test_a_pronoun_after_a_part_set_beside_its_actor_is_the_actor() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Here is Tobin Arkwell-Reyes, Ferris Quayle himself, in a grey suit. “I was nine "
            "when we started,” he said.",
        )
    )
    assert ("I was nine w", "Tobin Arkwell-Reyes") in found
    assert not any(who == "Ferris Quayle" for _, who in found)
