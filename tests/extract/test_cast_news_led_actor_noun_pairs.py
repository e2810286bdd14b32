"""Cast news that names its list's people by an actor noun ("join returning leads A (X) and B
(Y)") puts the actor outside the bracket, as the trade press does; story prose before a pair
("lives next door to X (A)") still reads the part first (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tidewater Road has added two newcomers ahead of its autumn shoot in Whitby."


def test_a_news_word_then_an_actor_noun_puts_the_actor_outside() -> None:
    for sentence in (
        "They join returning leads Orla Fenwick (Maisie Crane) and Dev Sandhu (Luke Pardoe).",
        "Both will work with returning stars Orla Fenwick (Maisie Crane) and Dev Sandhu "
        "(Luke Pardoe).",
        "The pair are joining co-stars Orla Fenwick (Maisie Crane) and Dev Sandhu (Luke Pardoe).",
    ):
        found = served_pairs(facts(_LEDE, sentence))
        assert ("Orla Fenwick", "Maisie Crane") in found, sentence
        assert ("Dev Sandhu", "Luke Pardoe") in found, sentence
        assert ("Maisie Crane", "Orla Fenwick") not in found, sentence


def test_story_prose_before_a_pair_still_reads_the_part_first() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Maisie moves in next door to Luke Pardoe (Dev Sandhu) and Tess Ambrose "
            "(Orla Fenwick), who run the chip shop.",
        )
    )
    assert ("Luke Pardoe", "Dev Sandhu") not in found
