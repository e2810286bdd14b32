"""A financier added with "with" is no producer; an editor's bracket names any crew post."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_backer_added_with_with_is_no_producer() -> None:
    found = facts(
        "Odile Marchetti produces for Brightwater Films, with Film Fund Wales backing the "
        "project.",
        "Tamsin Reyes produces, with Northgate Capital financing and Harrow Pictures handling "
        "sales.",
    )
    assert ("producer", "Odile Marchetti") in credits(found)
    assert ("producer", "Tamsin Reyes") in credits(found)
    assert {name for _, name in credits(found)} == {"Odile Marchetti", "Tamsin Reyes"}


def test_a_co_producer_added_with_with_still_counts() -> None:
    found = facts("Odile Marchetti produces alongside Brightwater's Kemal Oduya.")
    assert ("producer", "Kemal Oduya") in credits(found)


def test_an_editors_bracket_completes_a_name_with_a_multi_word_post() -> None:
    found = facts(
        "Cosmo Pell directs the comedy.",
        "Lior: Then Hedda [Marsh, the film’s casting director] called me back the same day.",
        "Lior: Tomas [Brandt, the show's executive producer] just laughed.",
    )
    assert {("casting_director", "Hedda Marsh"), ("executive_producer", "Tomas Brandt")} <= (
        credits(found)
    )
