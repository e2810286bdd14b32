"""Quotes on invented text: a "he says" after a name and words that are that name's predicate
("Director X, new to the show, “kept it calm”, he says") is someone else telling of X, never X;
a quote opening a dashed aside after a name ("with Y — “...,” he admitted — as the diver") is
Y's, not the sentence subject's."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_named_subjects_predicate_is_not_theirs() -> None:
    found = facts(
        "Tobias Wren has spent five years playing the reluctant lighthouse keeper in Saltglass.",
        "Filming ended in October. Wren describes the last week as “mostly rain”, he says, and"
        " then laughs. Showrunner Margit Halloway, new to the series this year, “kept everybody"
        " steady”, he says.",
        title="Tobias Wren on leaving Saltglass",
    )
    quote = _quote(found.quotes, "kept everybody")
    assert quote.speaker != "Margit Halloway"


def test_a_name_then_he_says_then_its_predicate_is_not_the_names() -> None:
    found = facts(
        "When the studio needed someone for Saltglass, Pavel Rusk was asked to pitch, and the"
        " author Dorota Vance, he says, “agreed before I had sat down”.",
        title="Pavel Rusk on Saltglass",
    )
    quote = _quote(found.quotes, "agreed before")
    assert quote.speaker != "Dorota Vance"


def test_a_named_speakers_own_words_are_still_theirs() -> None:
    found = facts(
        "Showrunner Margit Halloway, new to the series this year, joined in the spring.",
        "“We kept everybody steady,” Halloway says.",
        title="Saltglass returns",
    )
    quote = _quote(found.quotes, "We kept")
    assert (quote.speaker, quote.source) == ("Margit Halloway", SourceKind.PERSON)


def test_a_dashed_aside_is_the_name_before_it() -> None:
    found = facts(
        "The six-part drama is set on a trawler off Shetland. Ingrid Solberg plays skipper Mairi"
        " Flett, with Callum Rae — “I get seasick on a pedalo,” he confessed on a radio show —"
        " as the deckhand she suspects of sabotage.",
        title="Saltglass tops the charts",
    )
    quote = _quote(found.quotes, "I get seasick")
    assert quote.speaker != "Ingrid Solberg"
    if quote.served and quote.speaker:
        assert quote.speaker == "Callum Rae"


def test_a_pronoun_after_an_aside_with_no_name_before_the_dash_still_finds_the_subject() -> None:
    found = facts(
        "Callum Rae joined the cast in March. He plays the deckhand.",
        "“I get seasick on a pedalo,” he confessed on a radio show.",
        title="Saltglass tops the charts",
    )
    quote = _quote(found.quotes, "I get seasick")
    assert (quote.speaker, quote.source) == ("Callum Rae", SourceKind.PERSON)
