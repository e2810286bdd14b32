"""A tagline named before its words, a trailer ending "with the words" and a clause, and a line
someone quotes from a season of the work are no one's quote; a person's own words about the
tagline are still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_tagline_after_a_dash_or_a_colon_is_held() -> None:
    found = facts(
        "Lumen confirmed on Monday that The Gullhouse will stream from 9 October.",
        "The news came with a poster of the lighthouse and a tagline - “Every light goes out "
        "once.” - that fans have already printed on shirts.",
    )
    assert served_quotes(found) == []
    colon = facts(
        "Lumen confirmed on Monday that The Gullhouse will stream from 9 October.",
        "The poster carries its slogan: “Keep the lamp lit.”",
    )
    assert served_quotes(colon) == []


def test_a_trailer_ending_with_the_words_and_a_clause_is_held() -> None:
    found = facts(
        "Lumen dropped the trailer for The Gullhouse at noon, and it ends with the words we have "
        "wanted for a year: “9 October. Only on Lumen.”",
        "So that is the date.",
    )
    assert served_quotes(found) == []


def test_a_line_quoted_from_a_season_is_held() -> None:
    found = facts(
        "On the latest Gull Talk podcast, host Benedikt Sorensen-Ike ran through the cast.",
        "Sorensen-Ike, quoting a line from series two – “The sea owes us nothing” – says fans "
        "still stitch it on cushions.",
    )
    assert [text for text, _ in served_quotes(found)] == []


def test_a_speakers_own_words_about_the_tagline_are_still_served() -> None:
    found = facts(
        "Lumen confirmed on Monday that The Gullhouse will stream from 9 October.",
        "“We wanted the tagline to sound like a promise,” the director, Hollis Brandvold, said "
        "in Oslo.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Hollis Brandvold"]
