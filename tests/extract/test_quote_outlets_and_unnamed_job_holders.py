"""Quotes on invented text: "the streamer" is the outlet the article names, never the
production company named after it, even when the outlet is named doing what no verb list holds
("Lumenbox has not set a date"); and someone unnamed by their job ("one festival programmer
told me") is an unnamed source, never the person the paragraph before named."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quote(found: object, start: str) -> tuple[str, SourceKind, bool]:
    quote = next(q for q in found.quotes if q.text.startswith(start))  # type: ignore[attr-defined]
    return quote.speaker, quote.source, quote.served


def test_the_streamer_is_the_named_streamer_not_the_production_company() -> None:
    found = facts(
        "Filming on Saltmarsh Road wrapped in Norfolk last week, Harbourlight Pictures said.",
        "Netflix has not given the drama a date; the streamer said only that it would land "
        "“before the summer”.",
        date="2026-03-02",
        title="Saltmarsh Road wraps",
    )
    speaker, source, _ = _quote(found, "before the summer")
    assert (speaker, source) == ("Netflix", SourceKind.ORGANISATION)


def test_the_studio_is_still_the_company_named_last() -> None:
    found = facts(
        "Netflix will show Saltmarsh Road in the spring. Harbourlight Pictures made the drama "
        "in Norfolk, and the studio said the shoot had been “the wettest we have known”.",
        date="2026-03-02",
        title="Saltmarsh Road wraps",
    )
    speaker, source, _ = _quote(found, "the wettest")
    assert (speaker, source) == ("Harbourlight Pictures", SourceKind.ORGANISATION)


def test_someone_unnamed_by_their_job_is_no_named_person() -> None:
    for job in ("one festival programmer", "a publicist", "another sales agent"):
        found = facts(
            "Costume designer Wilhelmina Okoro-Baines dressed the film in borrowed wool.",
            f"“Everyone in Berlin was talking about it,” {job} told me of the film.",
            date="2026-03-02",
            title="The Heron Line heads to Berlin",
        )
        speaker, source, _ = _quote(found, "Everyone in Berlin")
        assert source is SourceKind.UNNAMED and speaker != "Wilhelmina Okoro-Baines", job


def test_a_named_job_holder_still_speaks_for_herself() -> None:
    found = facts(
        "“Everyone in Berlin was talking about it,” festival programmer Wilhelmina "
        "Okoro-Baines told me of the film.",
        date="2026-03-02",
        title="The Heron Line heads to Berlin",
    )
    speaker, source, served = _quote(found, "Everyone in Berlin")
    assert (speaker, source, served) == ("Wilhelmina Okoro-Baines", SourceKind.PERSON, True)


def test_what_someone_had_read_is_no_text_speaking() -> None:
    found = facts(
        "Odile Fairbairn-Nakamura, Channel 4’s head of drama, said the scripts were “the "
        "sharpest” the channel had read in a decade.",
        date="2026-03-02",
        title="Channel 4 orders Gannet Bay",
    )
    speaker, source, served = _quote(found, "the sharpest")
    assert (speaker, source, served) == ("Odile Fairbairn-Nakamura", SourceKind.PERSON, True)


def test_a_sign_that_read_still_speaks() -> None:
    found = facts(
        "Outside the church hall where Gannet Bay was filming, a handwritten sign read "
        "“Quiet please, cameras rolling”.",
        date="2026-03-02",
        title="Gannet Bay films in Whitby",
    )
    assert not any(q.served and q.source is SourceKind.PERSON for q in found.quotes)
