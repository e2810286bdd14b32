"""A part "played with" a manner told in words a comma joins ("played with a dry, watchful
calm by X", "played with quiet, bruised dignity by X") is still played by X."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_played_with_two_qualities_and_an_article() -> None:
    found = facts(
        "Lantern Years is the quietest drama of the autumn.",
        "At its centre is Ottilie Marsh, played with a dry, watchful calm by Priya Castellano, "
        "who barely raises her voice.",
    )
    assert ("Priya Castellano", "Ottilie Marsh") in served_pairs(found)


def test_played_with_two_bare_qualities() -> None:
    found = facts(
        "Lantern Years returns tonight.",
        "Benedict Rowe, played with quiet, bruised dignity by Hamish Okafor, finally gets a "
        "storyline of his own.",
    )
    assert ("Hamish Okafor", "Benedict Rowe") in served_pairs(found)
