"""Words named as a line of a song or a poem ("A line from the closing song, “...”"), or of
"one of them" after songs were named: a lyric, no one's quote; a line from a statement is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Composer Tilde Marrack has scored all three series of Ferrow Bay for the BBC."


def test_a_line_from_a_song_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "A line from the closing song, “we were the weather once”, is now on mugs.",
    )
    assert not any(text.startswith("we were") for text, _ in served_quotes(found))


def test_a_line_from_one_of_the_songs_named_before_is_no_quote() -> None:
    found = facts(
        _LEDE,
        "The album also carries four folk songs. A line from one of them, “salt in the"
        " morning”, turns up in every fan edit.",
    )
    assert not any(text.startswith("salt in") for text, _ in served_quotes(found))


def test_a_line_from_a_statement_keeps_the_quote() -> None:
    found = facts(
        _LEDE,
        "Marrack released a statement on Friday. A line from it, “I have never been"
        " prouder of a score”, was shared by the BBC.",
    )
    assert any(text.startswith("I have never") for text, _ in served_quotes(found))
