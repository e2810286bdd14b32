"""Quotes on invented text: a title told by its makers' passive ("Salt Point is written and
directed by ...") is a work, never the "he said" after it; and an official account owned by a
name the article uses only as a title's first word ("Salt's official account") is an account,
never the person that word would start."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _quote(start: str, *lines: str, title: str) -> QuoteFact:
    found = facts(*lines, date="2026-09-14", title=title)
    return next(q for q in found.quotes if q.text.startswith(start))


def test_a_title_written_and_directed_by_someone_never_speaks() -> None:
    quote = _quote(
        "My father",
        "The teaser for Harrow Sound arrived this morning.",
        "Harrow Sound is written and directed by Orkney native Fenwick Adair-Lowe, whose short "
        "Drift won a festival prize in 2022. “My father kept boats all his life,” he said in a "
        "statement.",
        title="Harrow Sound teaser: five things we noticed",
    )
    assert quote.speaker != "Harrow Sound"
    assert quote.source is not SourceKind.PERSON or quote.speaker == "Fenwick Adair-Lowe"


def test_a_person_who_wrote_the_work_still_speaks() -> None:
    quote = _quote(
        "My father",
        "The teaser for Harrow Sound arrived this morning.",
        "Fenwick Adair-Lowe wrote and directed Harrow Sound. “My father kept boats all his "
        "life,” he said in a statement.",
        title="Harrow Sound teaser: five things we noticed",
    )
    assert (quote.speaker, quote.source) == ("Fenwick Adair-Lowe", SourceKind.PERSON)


def test_an_official_account_named_by_a_titles_first_word_is_no_person() -> None:
    quote = _quote(
        "cannot wait",
        "Bramble Days Again streams on Netflix from 2 October.",
        "Netflix posted the first clip on Monday, and Bramble’s official account replied: "
        "“cannot wait.”",
        title="Bramble Days Again: the first clip is here",
    )
    assert quote.speaker != "Bramble Days Again"
    assert quote.source is not SourceKind.PERSON


def test_a_first_names_own_caption_is_still_that_persons() -> None:
    quote = _quote(
        "cannot wait",
        "Odette Marchbank returns in Bramble Days Again.",
        "Odette’s caption read: “cannot wait.”",
        title="Bramble Days Again: the first clip is here",
    )
    assert (quote.speaker, quote.source) == ("Odette Marchbank", SourceKind.PERSON)
