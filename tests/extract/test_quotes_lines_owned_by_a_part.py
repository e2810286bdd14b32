"""A line of the work named as "the line" and owned by a part's possessive right before the
marks ("The line fans keep repeating is Dessa's “...”") is the work's words, no one's quote;
a line someone delivered at a panel or an interview still is theirs."""

from tests.extract.helpers import facts, served_quotes

_CAST = "Tamsin Greaves and Olu Barrow star as Dessa Rook and Marlo Quayle in Harrowgate Tide."


def test_the_line_everyone_quotes_is_a_parts_words() -> None:
    found = facts(
        _CAST,
        "The line fans keep repeating is Dessa’s “Nobody leaves the harbour before the bell, "
        "Marlo.” It will be on mugs by spring.",
    )
    assert served_quotes(found) == []


def test_the_line_that_sold_the_teaser_was_a_parts_words() -> None:
    found = facts(
        _CAST,
        "The line that sold the teaser was Marlo’s “I’ve rowed further for worse reasons.”",
    )
    assert served_quotes(found) == []


def test_the_line_remembered_after_a_colon_is_a_parts_words() -> None:
    found = facts(
        _CAST,
        "The line everybody will remember: Dessa’s “Keep the lamps lit for me.”",
    )
    assert served_quotes(found) == []


def test_a_line_said_at_a_panel_stays_the_speakers_quote() -> None:
    found = facts(
        _CAST,
        "The line that got the biggest laugh at the panel was Greaves’s “I can’t row, I "
        "never could,” which she told the crowd with a grin.",
    )
    assert served_quotes(found) != []
