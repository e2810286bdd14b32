""" "the X actor" where X is a longer title that opens on a first name names a work, not a
part: the first name standing alone elsewhere is no evidence when it only ever opens that
title (:mod:`bot.extract.epithets`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_title_opening_on_a_first_name_is_no_part() -> None:
    found = facts(
        "Ruth Penhale, who plays Maud Carrow, talked about the new film at the screening.",
        "Penhale was blunt. ‘I slept through most of the shoot,’ the Hattie Far Away actor"
        " admitted. ‘Not always by choice.’",
    )
    assert ("Ruth Penhale", "Maud Carrow") in served_pairs(found)
    assert ("Ruth Penhale", "Hattie Far Away") not in served_pairs(found)


def test_a_three_word_title_after_said_is_no_part() -> None:
    found = facts(
        "Tobin Aldergrove plays the lighthouse keeper Ivo Strand in the new drama.",
        "“She is the most prepared person I know,” the Edith Ever After actress said of"
        " Brandvold's co-star Lena Marsh.",
    )
    assert ("Lena Marsh", "Edith Ever After") not in served_pairs(found)
    assert ("Tobin Aldergrove", "Edith Ever After") not in served_pairs(found)


def test_a_part_whose_first_name_stands_alone_is_still_served() -> None:
    found = facts(
        "Ruth Penhale talked about the new series at the screening on Friday.",
        "‘I cried every day,’ the Maud Carrow actress admitted.",
        "Maud spends most of the series at sea, and the storms were real.",
    )
    assert ("Ruth Penhale", "Maud Carrow") in served_pairs(found)
