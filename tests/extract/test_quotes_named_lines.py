"""A line the article names as the work's ("Her opening line – “...” –", "one line from Rook
that has gone viral: “...”") and words a thing reads ("the slate reads “...”") are held."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Lamplight Harbour, starring Ada Vale, arrived on Monday."


def test_an_opening_line_between_dashes_is_held() -> None:
    found = facts(
        _LEDE,
        "Vale plays the harbourmaster Wren Tallis. Her opening line – “Keep the lamps lit.” – "
        "is already everywhere. “I loved her at once,” Vale said.",
    )
    assert served_quotes(found) == [("I loved her ", "Ada Vale")]


def test_one_line_from_a_part_after_a_colon_is_held() -> None:
    found = facts(
        _LEDE,
        "There is a storm, a shipwreck and one line from Wren that has already gone viral: "
        "“Nobody leaves this harbour tonight.”",
        "“We shot it in the rain,” Vale said.",
    )
    assert served_quotes(found) == [("We shot it i", "Ada Vale")]


def test_a_single_line_is_held() -> None:
    found = facts(
        _LEDE,
        "Tomas Reyne is barely in it as the smuggler Pike. His single line — “The tide owes you "
        "nothing” — gave us chills.",
    )
    assert served_quotes(found) == []


def test_words_a_slate_reads_are_held() -> None:
    found = facts(
        "Director Hal Brennick wrapped Lamplight Harbour on Friday.",
        "Brennick posted a photo of the clapperboard. The slate in the photo still reads "
        "“LH — TAKE NINE”, so there is no new title yet. “What a crew,” Brennick wrote.",
    )
    assert served_quotes(found) == [("What a crew", "Hal Brennick")]


def test_a_post_of_a_single_line_is_served() -> None:
    found = facts(
        _LEDE,
        "Ada Vale shared the poster with a single line: “Lamps lit, see you in May.”",
    )
    assert served_quotes(found) == [("Lamps lit, s", "Ada Vale")]


def test_what_someone_says_of_their_line_after_a_colon_is_served() -> None:
    found = facts(
        _LEDE,
        "Ada Vale said her opening line in the trailer was nearly cut: “I fought for it.”",
    )
    assert served_quotes(found) == [("I fought for", "Ada Vale")]
