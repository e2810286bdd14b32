"""A comparison work named, then glossed by its maker's possessive with adjectives before its
kind ("Tin Lane, Ava Lind's bleak 2019 series with X as Y"), casts that work; the article's own
title told the same way keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Column: why Copperfold's ending works"
_LEDE = "Copperfold, the new drama from Ilse Marrow, ended its run on Sunday."


def _parts(sentence: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, sentence, title=_TITLE).cast if c.served}


def test_a_possessive_glossed_comparison_casts_that_work() -> None:
    for sentence in (
        "Think of Tin Lane, Ava Lind's devastating 2019 series with Perry Oduya as Walt.",
        "The yardstick was Salt Cellar, Ravi Moss's quiet, angry show with Perry Oduya as Walt"
        " and Dee Harrow as Mags.",
    ):
        parts = _parts(sentence)
        assert ("Perry Oduya", "Walt") not in parts, sentence
        assert ("Dee Harrow", "Mags") not in parts, sentence


def test_our_own_title_glossed_the_same_way_keeps_the_casting() -> None:
    sentence = "Think of Copperfold, Ilse Marrow's bleak 2026 series with Perry Oduya as Walt."
    assert ("Perry Oduya", "Walt") in _parts(sentence)
