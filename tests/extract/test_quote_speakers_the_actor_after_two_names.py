"""Quotes on invented text: "The actor, who ..., said" opening a paragraph after one that names
two people is not simply the last of them, and a "he explained" after it never skips to that
older name."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_the_actor_is_not_the_co_star_named_last() -> None:
    found = facts(
        "Tavish Ostler says Skellmoor Quay made him cry",
        "Appearing on a podcast, the 23-year-old said he read the script in his car. "
        '"I just sat there and sobbed," Ostler said.',
        "Ostler returns as Ketterick in the film, which opens next Friday. Ivo Penwarne co-stars "
        "as Jory.",
        "The actor, who also won acclaim for playing Wendal in Wexmoor, said the film felt very "
        "different from the series. \"It's bigger, but it's quieter too,\" he explained. "
        '"Ysolt let scenes breathe."',
        date="2026-03-01",
        title="Tavish Ostler: 'I sobbed in my car'",
    )
    served = served_quotes(found)
    assert ("It's bigger,", "Ivo Penwarne") not in served, served
    assert ("Ysolt let sc", "Ivo Penwarne") not in served, served
