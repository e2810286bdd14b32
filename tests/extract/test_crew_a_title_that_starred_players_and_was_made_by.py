"""Another title told as the subject that starred its players and was made by someone ("Fen
Light, for the record, starred A and B and was written by X") credits that work, not ours; a
person who starred *in* something and was directed by someone is no such title."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Quillhaven trailer: five things we spotted"
LEDE = "Vela has released the first trailer for Quillhaven, its new coastal thriller."


def test_a_title_with_an_aside_that_starred_and_was_written_by_is_dropped() -> None:
    found = facts(
        LEDE,
        "The comparisons with Fen Light will come. Fen Light, for the record, starred Kai Moss "
        "and Bea Lund and was written by Mina Corr.",
        title=TITLE,
    )
    assert ("writer", "Mina Corr") not in credits(found)


def test_a_title_that_featured_and_was_directed_by_is_dropped() -> None:
    found = facts(
        LEDE,
        "Tin Lane featured Kai Moss and Bea Lund and was directed by Rory Blane.",
        title=TITLE,
    )
    assert ("director", "Rory Blane") not in credits(found)


def test_our_title_that_starred_and_was_written_by_keeps_the_writer() -> None:
    found = facts(
        LEDE,
        "Quillhaven, for the record, stars Kai Moss and was written by Mina Corr.",
        title=TITLE,
    )
    assert ("writer", "Mina Corr") in credits(found)
