"""A numbered earlier run with its credit in apposition ("The first series of Quillhaven,
directed by X, aired in 2019") is another instalment's credit when the article gives the same
post to someone else; with no one else named, the credit stays."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Quillhaven film begins shooting in Margate"
LEDE = "Filming on the Quillhaven film began in Margate on Monday."


def test_a_directed_first_series_in_apposition_is_dropped() -> None:
    found = facts(
        LEDE,
        "The film is directed by Ada Vale.",
        "The first series of Quillhaven, directed by Rory Blane, aired in 2019 and became a hit.",
        title=TITLE,
    )
    assert ("director", "Ada Vale") in credits(found)
    assert ("director", "Rory Blane") not in credits(found)


def test_an_owned_second_season_written_in_apposition_is_dropped() -> None:
    found = facts(
        LEDE,
        "The film is written by Tom Reese.",
        "Quillhaven's second season, written by Mina Corr, drew record audiences in 2021.",
        title=TITLE,
    )
    assert ("writer", "Tom Reese") in credits(found)
    assert ("writer", "Mina Corr") not in credits(found)


def test_the_run_in_apposition_with_no_other_holder_keeps_its_credit() -> None:
    found = facts(
        LEDE,
        "The first series of Quillhaven, directed by Rory Blane, starts streaming in May.",
        title=TITLE,
    )
    assert ("director", "Rory Blane") in credits(found)
