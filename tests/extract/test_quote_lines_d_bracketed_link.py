"""A newsletter's link in brackets inside a paragraph ("(Read: “...”)") gives another story's
headline, held; words in brackets after a speech verb are still a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The Sunday Reel: everything worth watching this week, in five minutes."


def test_a_bracketed_read_link_is_held() -> None:
    found = facts(
        _LEDE,
        "Our critic on why Tidewater Lane is the calmest drama of the year (Read: "
        '"Every storm in it is a quiet one").',
    )
    assert served_quotes(found) == []


def test_a_bracketed_read_more_link_is_held() -> None:
    found = facts(
        _LEDE,
        "The cast of Tidewater Lane picked their favourite scenes (Read more: ‘The night we "
        "flooded the set’).",
    )
    assert served_quotes(found) == []


def test_words_in_brackets_after_a_speech_verb_stay_a_quote() -> None:
    found = facts(
        _LEDE,
        "Tidewater Lane's writer Osric Penhallow was candid (he said: \"I rewrote the ending "
        'nine times").',
    )
    assert served_quotes(found) == [("I rewrote th", "Osric Penhallow")]
