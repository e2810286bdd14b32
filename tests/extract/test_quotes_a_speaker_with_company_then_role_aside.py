"""Quotes on invented text: after the closing mark, a name with its company after "of" and then a
role in an aside ("“...,” Ada Vale of Tidewater Films, the producer, said") is the speaker, not
someone named in the sentence before the quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _said(start: str, *paragraphs: str) -> tuple[str, str] | None:
    for quote in facts(*paragraphs).quotes:
        if quote.text.startswith(start) and quote.served:
            return quote.speaker, quote.source.name
    return None


_LEAD = (
    "Vantory's drama Lowmere Tide has added two new names to its cast as filming begins.",
    "They join returning star Corin Ashdale, who is back as Piers.",
)


def test_a_name_of_a_company_then_the_producer_aside_speaks() -> None:
    said = _said(
        "Every part here",
        *_LEAD,
        "“Every part here was written with care,” Marit Quell of Bluefin Pictures, the "
        "producer, said.",
    )
    assert said == ("Marit Quell", "PERSON")


def test_a_name_at_a_company_then_a_longer_role_aside_speaks() -> None:
    said = _said(
        "She walked in",
        *_LEAD,
        "“She walked in and we stopped looking,” Tobin Rasko at Harrowgate Films, its head of "
        "casting, told us.",
    )
    assert said == ("Tobin Rasko", "PERSON")


def test_a_name_of_a_company_before_a_lowercase_verb_still_speaks() -> None:
    said = _said(
        "We are thrilled",
        *_LEAD,
        "“We are thrilled,” Marit Quell of Bluefin Pictures said.",
    )
    assert said == ("Marit Quell", "PERSON")
