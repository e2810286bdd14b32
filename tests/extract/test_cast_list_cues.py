"""A bracketed list its names leave unsettled takes its order from the cue words before it, or
from a settled list earlier in the same sentence (:mod:`bot.extract.castlistcues`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_returning_series_regulars_list_actors_outside_the_brackets() -> None:
    found = facts(
        "Pelle Askew joins the second series of Driftwood Lane as the ferryman Olav Rudd.",
        "He joins a cast led by Marta Quill, along with returning series regulars Ines Dorrow"
        " (Hattie Fenwick) and Bram Eskildsen (Colm Tarrant).",
    )
    assert {("Ines Dorrow", "Hattie Fenwick"), ("Bram Eskildsen", "Colm Tarrant")} <= (
        served_pairs(found)
    )
    assert ("Hattie Fenwick", "Ines Dorrow") not in served_pairs(found)


def test_list_after_leading_the_cast_alongside_lists_actors_outside() -> None:
    found = facts(
        "Season two of Copper Hollow arrives in March, the streamer confirmed on Tuesday.",
        "The returning cast alongside Wren Halloway (Saoirse Pell), Dimitri Caskey (Abe Lorne)"
        " and Nell Ambrose (Fenna Stroud) is joined by two newcomers.",
    )
    assert {
        ("Wren Halloway", "Saoirse Pell"),
        ("Dimitri Caskey", "Abe Lorne"),
        ("Nell Ambrose", "Fenna Stroud"),
    } <= served_pairs(found)


def test_second_list_of_a_sentence_keeps_the_first_lists_settled_order() -> None:
    found = facts(
        "Tobiah Marsk (Gideon Vey) and Lara Pinnock (Esme Vey) return, while Orla Byrne"
        " (Nettie Shaw) and Cass Dunmore (Ivo Pratt) round out the family.",
        "Marsk said the new series was darker. Pinnock added that filming ran long.",
    )
    assert {
        ("Tobiah Marsk", "Gideon Vey"),
        ("Lara Pinnock", "Esme Vey"),
        ("Orla Byrne", "Nettie Shaw"),
        ("Cass Dunmore", "Ivo Pratt"),
    } <= served_pairs(found)


def test_prose_gloss_without_a_cue_still_reads_part_first() -> None:
    found = facts(
        "In the new series Gideon moves in next door to Hester Quayle (Maud Ferrand) and"
        " finds work at the docks.",
    )
    assert ("Hester Quayle", "Maud Ferrand") not in served_pairs(found)
