"""An award's aside between an actor and "plays", on invented text: "X, nominated for supporting
actor, plays Y" casts X as Y, as other participle asides do; a nominee with no casting verb
after the aside is cast as nothing."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Lowmoor leads the Bafta television field with six nominations."


def test_a_nomination_aside_keeps_the_casting() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Wenna Trask plays Senara Pook, a lifeboat cox. Jory Pascoe, shortlisted for"
            " supporting actor, plays her brother, Ivo.",
        )
    )
    assert ("Jory Pascoe", "Ivo") in found, found


def test_a_nomination_aside_alone_casts_nothing() -> None:
    found = pairs(
        facts(_LEDE, "Jory Pascoe, nominated for supporting actor, thanked Ivo Laity on stage.")
    )
    assert not any(actor == "Jory Pascoe" for actor, _ in found), found
