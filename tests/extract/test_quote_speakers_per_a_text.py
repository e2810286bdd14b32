"""Quotes cited after the quote with "per" or "according to": a company's text ("“...”, per a
Pellworth post", "according to a Pellworth Films statement") is the company's; a person inside
the company ("according to a Pellworth insider") stays unnamed; a name's friend or fan account is
never that person."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_LEDE = "Pellworth Films confirmed the date for Quillon Reach on Tuesday."
_CAST = "The cast is led by Oriel Vantress; Fenwick Marr is behind the camera. "


def _quote(line: str, text: str) -> QuoteFact:
    found = facts(_LEDE, _CAST + line)
    return next(q for q in found.quotes if q.text == text)


def test_words_cited_to_a_companys_text_are_the_companys() -> None:
    for line in (
        "Footage is “coming soon”, per a Pellworth post.",
        "A trailer is “coming soon”, according to a Pellworth Films statement.",
        "A teaser is “coming soon”, per a Pellworth Films update.",
        "A teaser is “coming soon”, per the Pellworth Films announcement.",
    ):
        quote = _quote(line, "coming soon")
        assert quote.source is SourceKind.ORGANISATION, line
        assert quote.speaker.startswith("Pellworth"), line


def test_a_person_inside_a_company_stays_unnamed() -> None:
    for line in (
        "The finale is “the biggest shoot yet”, according to a Pellworth insider.",
        "The finale is “the biggest shoot yet”, according to a Pellworth Films spokesperson.",
        "The finale is “the biggest shoot yet”, according to an Ardent Press source.",
        "The finale is “the biggest shoot yet”, per a Pellworth executive.",
    ):
        quote = _quote(line, "the biggest shoot yet")
        assert quote.source is SourceKind.UNNAMED, line
        assert "Pellworth" in quote.speaker or "Ardent" in quote.speaker, line


def test_a_names_friend_or_fan_account_is_never_that_person() -> None:
    for line in (
        "The shoot was “a nightmare”, according to a Oriel Vantress friend.",
        "The shoot was “a nightmare”, according to an Oriel Vantress fan account.",
        "The shoot was “a nightmare”, per a Vantress friend.",
    ):
        quote = _quote(line, "a nightmare")
        assert quote.source is not SourceKind.PERSON, line
        assert quote.speaker != "Oriel Vantress", line


def test_a_persons_own_post_is_theirs() -> None:
    quote = _quote("The edit is “nearly done”, per a Fenwick Marr post.", "nearly done")
    assert quote.source is SourceKind.PERSON
    assert quote.speaker == "Fenwick Marr"


def test_other_texts_cited_after_the_quote_are_their_authors() -> None:
    says = "The shoot ends in “late spring”,"
    for line, speaker in (
        (f"{says} per a Pellworth Films social post.", "Pellworth"),
        (f"{says} according to a Pellworth Films newsletter.", "Pellworth"),
        (f"{says} according to a Pellworth Films email.", "Pellworth"),
        (f"{says} according to a Fenwick Marr interview.", "Fenwick Marr"),
    ):
        quote = _quote(line, "late spring")
        assert quote.speaker.startswith(speaker), line
        assert quote.speaker != "Oriel Vantress", line
