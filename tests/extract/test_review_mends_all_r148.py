"""Review mends of round 148 (invented text): a counted set of other releases "due out on" or
"hitting cinemas on" a day owns that day, as one "due on" it does; a later clause takes the quote
from its sayer only when its subject is someone ("a rewrite fixed it" is a thing); words read
from a prop are the work's however the reading is told ("reads from", "recites from", "from its
pages"); and any nationality before a company noun keeps the apposed name a company, not only
the adjectives that end like "Danish"."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts

_LEDE = "Morwenna Quelch stars in Quillhaven, Brenmoor Pictures' new drama."
_TITLE = "Quillhaven: a first look"


def _found(*paragraphs: str) -> ArticleFacts:
    return facts(_LEDE, *paragraphs, date="2025-09-01", title=_TITLE)


def _quote(found: ArticleFacts, start: str) -> tuple[bool, str, SourceKind] | None:
    return next(
        ((q.served, q.speaker, q.source) for q in found.quotes if q.text.startswith(start)), None
    )


@pytest.mark.parametrize(
    "others",
    [
        "three wide releases due out on",
        "two other films hitting cinemas on",
        "four new titles also due out on",
    ],
)
def test_a_counted_set_of_other_releases_owns_its_day(others: str) -> None:
    found = _found(f"Quillhaven is out on 12 September 2025, with {others} 19 September 2025.")
    days = {r.date for r in found.release if r.served}
    assert days == {dt.date(2025, 9, 12)}


@pytest.mark.parametrize("clause", ["but a rewrite fixed it", "but a storm passed"])
def test_a_later_clause_about_a_thing_leaves_the_quote_with_its_sayer(clause: str) -> None:
    found = _found(f"Morwenna Quelch said the shoot was hard, {clause}: “We got lucky.”")
    assert _quote(found, "We got lucky") == (True, "Morwenna Quelch", SourceKind.PERSON)


def test_a_later_clause_about_an_unnamed_insider_still_takes_the_quote() -> None:
    found = _found("Morwenna Quelch said the shoot was hard, and one insider called it “a slog”.")
    assert _quote(found, "a slog") == (True, "one insider", SourceKind.UNNAMED)


@pytest.mark.parametrize(
    "reading",
    [
        "A keeper reads from a ship's log —",
        "A keeper reads aloud from its pages:",
        "A keeper recites from a ship's log:",
        "A keeper reads aloud from Dessa's log:",
    ],
)
def test_words_read_from_a_prop_in_footage_are_held(reading: str) -> None:
    found = _found(f"The trailer is moody. {reading} “The tide keeps what it takes.”")
    quote = _quote(found, "The tide keeps")
    assert quote is not None and quote[0] is False


@pytest.mark.parametrize("nation", ["Welsh", "Greek", "Swiss", "Thai"])
def test_any_nationality_before_a_company_noun_keeps_a_company(nation: str) -> None:
    found = _found(f"The {nation} distributor, Marra Tove, said: “We are thrilled to have it.”")
    assert _quote(found, "We are thrilled") == (True, "Marra Tove", SourceKind.ORGANISATION)


def test_a_later_clause_about_a_spokesperson_keeps_the_company_voice() -> None:
    found = _found(
        "Brenmoor Pictures has confirmed the date, and a spokesperson waved off rumours of a"
        " sequel as “idle talk”."
    )
    assert _quote(found, "idle talk") == (True, "Brenmoor Pictures", SourceKind.ORGANISATION)
