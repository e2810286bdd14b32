"""Review mends of round 130 (invented text): a country's release named beside a voice casting is
no dub (only a language's version or track is); a text that "reads" its words is no unnamed job
holder, whatever its word ends in; a host the article names by apposition ("X, the show's
presenter,") is who "the presenter" is."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts, served_pairs

_DATE = "2026-03-01"
_ANIMATED = "Lantern Hill is Tidewater's new animated film."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    return next(q for q in quotes if q.text.startswith(start))


def test_a_countrys_release_beside_a_voice_casting_is_no_dub() -> None:
    found = facts(
        _ANIMATED,
        "Ada Vale voices the fox Mira in Lantern Hill ahead of the Japanese release in July.",
        date=_DATE,
    )
    assert ("Ada Vale", "Mira") in served_pairs(found)


def test_a_languages_version_still_tells_a_dub() -> None:
    found = facts(
        _ANIMATED,
        "Ada Vale voices the fox Mira in the Italian version of Lantern Hill.",
        date=_DATE,
    )
    assert ("Ada Vale", "Mira") not in served_pairs(found)


def test_a_text_that_reads_is_no_unnamed_job_holder() -> None:
    found = facts(
        "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder.",
        "A disclaimer reads: “No gulls were harmed in the making of this series.”",
        date=_DATE,
    )
    quote = _quote(found.quotes, "No gulls")
    assert quote.source is not SourceKind.UNNAMED
    assert quote.speaker != "A disclaimer"


def test_a_job_holder_who_says_is_still_an_unnamed_source() -> None:
    found = facts(
        "Ingrid Solberg stars in Saltglass, Tidewater's new drama, as Wren Alder.",
        "Kasper Lund directed it. One publicist said: “Solberg is thrilled.”",
        date=_DATE,
    )
    quote = _quote(found.quotes, "Solberg is thrilled")
    assert quote.source is SourceKind.UNNAMED


def test_a_presenter_named_by_apposition_is_the_presenter() -> None:
    found = facts(
        "Ada Vale, the Morning Harbour presenter, is to leave the show after six years.",
        "The presenter said: “It has been a joy.”",
        date=_DATE,
    )
    quote = _quote(found.quotes, "It has been a joy")
    assert (quote.speaker, quote.source) == ("Ada Vale", SourceKind.PERSON)


def test_a_host_named_by_apposition_with_an_age_is_the_host() -> None:
    found = facts(
        "Ada Vale, 41, the host of Morning Harbour, is to leave the show.",
        "The host told viewers: “It has been a joy.”",
        date=_DATE,
    )
    assert _quote(found.quotes, "It has been a joy").speaker == "Ada Vale"


def test_a_director_apposed_is_still_no_host() -> None:
    found = facts(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        "Wenna Tolvar, the festival's director, spoke first. The host joked: “We will be back.”",
        date=_DATE,
    )
    assert _quote(found.quotes, "We will be back").speaker != "Wenna Tolvar"


def test_presenting_an_events_prize_names_no_host() -> None:
    found = facts(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        "Wenna Tolvar presented the festival’s top prize. The host joked: “We will be back.”",
        date=_DATE,
    )
    assert _quote(found.quotes, "We will be back").speaker != "Wenna Tolvar"


def test_presenting_the_evening_still_names_the_host() -> None:
    found = facts(
        "Lantern Hollow wins the audience prize at Scarrowby.",
        "Wenna Tolvar presented the awards evening. The host joked: “We will be back.”",
        date=_DATE,
    )
    assert _quote(found.quotes, "We will be back").speaker == "Wenna Tolvar"
