"""Quotes on invented text: words a part says in footage, which the next sentence calls a line
or a tagline ("It is the kind of line that ...", "It's the show's tagline"), are the work's, so
held; a few words reported mid-clause that the writer rates as "a good line" stay the sayer's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Saltwick, the BBC's new coastal thriller, landed on Monday."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs, date="2026-03-03"))


def test_words_the_next_sentence_calls_a_line_are_held() -> None:
    served = _served(
        "Piers Lomax, as the harbourmaster, leans out of a wheelhouse to tell the skipper, “Some"
        " tides you wait out.” It is the sort of line that will end up on every poster.",
    )
    assert not any(text.startswith("Some tides") for text, _ in served), served


def test_words_the_next_sentence_calls_the_shows_tagline_are_held() -> None:
    served = _served(
        "Over the harbour, Della Rook's coastguard Nessa Hale says, “Nobody sails after the"
        " bell.” It's the show's tagline, and you will hear it often.",
    )
    assert not any(text.startswith("Nobody sails") for text, _ in served), served


def test_a_remark_to_the_press_rated_a_good_line_stays() -> None:
    served = _served(
        "Writer Maren Tolley told reporters she wanted to make “a thriller where the sea is the"
        " only honest witness”. It is a good line, and the trailer nearly earns it.",
    )
    assert ("a thriller w", "Maren Tolley") in served, served
