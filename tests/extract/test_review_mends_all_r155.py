"""Review mends of round 155 (invented text): words cited "as a critic once put it" (an adverb,
"once" or "has" before "put it") are the critic's, not the sentence subject's; the sayer's own
"who told us that" right after the verb keeps the quote the sayer's; a next job set off by a dash
is another work's shoot; another language's version written without a hyphen ("The Welsh
language version") gives no premiere; "we incorrectly said" quotes the article's own words; a
piece of the score named after "told us" is no title."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts

_LEDE = "Coldharbour Tide, the new drama from Lumenhall, stars Orla Penhale and Tom Sorrel."
_DATE = "2026-03-02"


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind, bool]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source, quote.served


def _kinds(*paragraphs: str) -> dict[str, set[str]]:
    found = facts(*paragraphs, date=_DATE, title="Coldharbour Tide: what we know")
    kinds: dict[str, set[str]] = {}
    for fact in found.release:
        if fact.served:
            kinds.setdefault(fact.kind.value, set()).add(
                str(fact.date or fact.window or fact.title)
            )
    return kinds


def test_words_as_someone_once_or_memorably_put_it_are_that_someone_s() -> None:
    for aside in ("one critic memorably put it", "a critic once put it", "one reviewer has put it"):
        found = facts(
            _LEDE,
            f"Sorrel laughs when asked whether the show is, as {aside}, “grief with a sea view”.",
            date=_DATE,
        )
        speaker, source, _ = _quote(found, "grief")
        assert speaker != "Tom Sorrel", aside
        assert source is not SourceKind.PERSON, aside


def test_the_sayer_s_own_who_clause_keeps_the_quote_the_sayer_s() -> None:
    found = facts(
        _LEDE,
        "“It’s a gift,” said Orla Penhale, who told us that “every take felt new”.",
        date=_DATE,
    )
    assert _quote(found, "every take")[:2] == ("Orla Penhale", SourceKind.PERSON)


def test_a_relative_s_words_in_a_reported_clause_stay_no_sayer_s() -> None:
    found = facts(
        _LEDE,
        "Penhale said the idea came from her aunt, who used to warn her that “the sea keeps "
        "what it takes”.",
        date=_DATE,
    )
    assert _quote(found, "the sea")[0] != "Orla Penhale"


def test_a_next_job_after_a_dash_is_not_our_shoot() -> None:
    kinds = _kinds(
        "Coldharbour Tide arrives on 14 May.",
        "Penhale is lined up for her next job – a thriller that starts shooting in June.",
    )
    assert "filming_planned" not in kinds
    assert kinds["premiere_date"] == {"2026-05-14"}


def test_another_language_s_version_without_a_hyphen_gives_no_premiere() -> None:
    kinds = _kinds(
        "Coldharbour Tide arrives on 14 May.",
        "The Welsh language version airs on S4C under the title Llanw Oer on 20 May.",
    )
    assert kinds["premiere_date"] == {"2026-05-14"}
    assert "Llanw Oer" not in kinds.get("title", set())


def test_an_english_language_version_without_a_hyphen_keeps_its_day() -> None:
    kinds = _kinds("The English language version of Coldharbour Tide arrives on 14 May.")
    assert kinds.get("premiere_date") == {"2026-05-14"}


def test_words_we_incorrectly_said_are_the_article_s_own() -> None:
    found = facts(
        _LEDE,
        "Correction: in an earlier post we incorrectly said Penhale was “leaving the show”.",
        date=_DATE,
    )
    assert not _quote(found, "leaving")[2]


def test_a_theme_named_after_told_us_is_no_title() -> None:
    found = facts(
        "Coldharbour Tide arrives on 14 May.",
        "Composer Ada Finch told us the main theme is called Low Water.",
        date=_DATE,
    )
    assert "Low Water" not in {str(r.title) for r in found.release if r.served}


def test_the_work_named_after_told_us_stays_a_title() -> None:
    found = facts(
        "The new drama arrives on 14 May.",
        "Showrunner Ada Finch told us the series is called Low Water.",
        date=_DATE,
    )
    assert "Low Water" in {str(r.title) for r in found.release if r.served}
