"""Review mends of round 171: the round's rules held back from text they should not touch, and
widened to close variants of the kinds they fix. Invented articles throughout."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_crew, served_pairs

_TITLE = "Skerry Row: first look at the new drama"
_LEDE = "Netflix has shared a first look at Skerry Row, its new drama."


def _quote(found: ArticleFacts, words: str) -> tuple[str | None, bool]:
    """The speaker and whether it is served, for the quote opening on ``words``."""
    for quote in found.quotes:
        if quote.text.startswith(words):
            return quote.speaker, quote.served
    raise AssertionError(words)


def test_a_film_someone_stars_in_credits_its_director_to_that_film() -> None:
    crew = served_crew(
        _LEDE,
        "Orrin Tace plays Jory. Tace also stars in a horror film, Grell Moor, which Bram Eskett"
        " has directed.",
        title=_TITLE,
    )
    assert ("director", "Bram Eskett") not in crew


def test_a_podcast_episode_in_a_dash_credit_keeps_the_guest_quote() -> None:
    found = facts(
        _LEDE,
        "Lise Orrow has been talking about the shoot.",
        "“I cried on the last day, honestly.” – Lise Orrow, on the Sofa Hours podcast, episode 12",
        title=_TITLE,
    )
    assert _quote(found, "I cried on the last day") == ("Lise Orrow", True)


def test_a_talk_word_before_the_comma_keeps_the_guest_quote() -> None:
    found = facts(
        _LEDE,
        "Lise Orrow has been talking about the shoot.",
        "“I cried on the last day, honestly.” – Lise Orrow speaking on Morning Sofa, episode 12",
        title=_TITLE,
    )
    assert _quote(found, "I cried on the last day") == ("Lise Orrow", True)


def test_a_line_the_next_sentence_likes_stays_the_speakers() -> None:
    found = facts(
        _LEDE,
        "Lise Orrow plays Senna Ockley.",
        "At the launch Lise Orrow said: “I would do it all again.” Critics agreed the line was"
        " Orrow's best of the night.",
        title=_TITLE,
    )
    assert _quote(found, "I would do it all again") == ("Lise Orrow", True)


def test_a_sentence_opening_on_the_line_owns_it_to_a_part() -> None:
    found = facts(
        _LEDE,
        "Lise Orrow plays Senna Ockley.",
        "Lise Orrow posted a photo from the set with the words: “Come home, Senna.” The line is"
        " Jory's in the show itself.",
        title=_TITLE,
    )
    assert _quote(found, "Come home, Senna")[1] is False


def test_fame_told_after_a_semicolon_leaves_the_partner_cast() -> None:
    found = facts(
        "Orrin Tace joins Skerry Row.",
        "Tace stars as Jory Vask opposite Lise Orrow's Senna Ockley; a sitcom made him famous"
        " years ago.",
        title=_TITLE,
    )
    assert ("Lise Orrow", "Senna Ockley") in served_pairs(found)


def test_a_lookalike_after_the_name_casts_no_one() -> None:
    found = facts(
        _LEDE, "Fans spotted a Tom Reeve lookalike as Jory Vask in set photos.", title=_TITLE
    )
    assert not any(actor == "Tom Reeve" for actor, _ in served_pairs(found))


def test_directing_a_person_keeps_our_premiere() -> None:
    found = facts(
        _LEDE,
        "Lise Orrow plays Senna Ockley.",
        "Bram Eskett is directing Lise Orrow in her first lead role, and the series premieres on"
        " 3 March 2026.",
        title=_TITLE,
    )
    assert any(
        r.kind.value == "premiere_date" and str(r.date) == "2026-03-03" for r in found.release
    )
