"""A chart's next sentence may go on about the other work it just ranked by its kind alone, a
sequel's word included ("The sequel brings back X as Y"): that casting is the other work's. The
same words about the article's own production keep their casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Period drama Quarry Bells held second place at the UK box office this weekend."
_HEADLINE = "UK box office: Quarry Bells holds on as a horror sequel opens on top"
_OURS = "The film stars Ottilie Vance as Rose Lenning, a miner's widow in 1950s Durham."


def test_a_ranked_rival_told_as_the_sequel_keeps_its_cast() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            _OURS,
            "The weekend's top spot went to Gannet Rock 2, which opened with £2.1m. The sequel "
            "brings back Bram Tollis as ferryman Wick Audley, with Lorcan Dee directing again.",
            date="2026-10-12",
            title=_HEADLINE,
        )
    )
    assert ("Bram Tollis", "Wick Audley") not in found
    assert ("Ottilie Vance", "Rose Lenning") in found


def test_our_own_sequel_bringing_back_an_actor_keeps_the_cast() -> None:
    found = served_pairs(
        facts(
            "Quarry Bells 2 opened on top at the UK box office this weekend.",
            "Quarry Bells 2 took £2.1m. The sequel brings back Bram Tollis as the ferryman "
            "Wick Audley.",
            date="2026-10-12",
            title="UK box office: Quarry Bells 2 opens on top",
        )
    )
    assert ("Bram Tollis", "Wick Audley") in found
