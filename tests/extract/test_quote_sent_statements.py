"""Quotes on invented text: a quotation in a forum's quoted block ("> “...”") opens its
paragraph, so the line before introduces it; and "the statement X released:" gives it to X."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speaker(*paragraphs: str) -> tuple[str, SourceKind]:
    quote = next(q for q in facts(*paragraphs).quotes if q.text.startswith("We have moved"))
    return quote.speaker, quote.source


def test_a_quoted_block_after_its_introduction_is_the_introducers() -> None:
    for intro in ("Brightwater Studios said in a statement:", "Brightwater Studios added:"):
        found = _speaker(
            "Brightwater Studios confirmed today that Moth Season is moving to October.",
            intro,
            "> “We have moved the premiere to October 9 so the effects can be finished.”",
        )
        assert found == ("Brightwater Studios", SourceKind.ORGANISATION), intro


def test_the_statement_a_company_released_is_the_companys() -> None:
    for intro in (
        "Here is the full statement Brightwater Studios released:",
        "Below is the short statement Brightwater Studios issued this morning:",
    ):
        found = _speaker(
            "Moth Season is moving to October, fans learned today.",
            intro,
            "“We have moved the premiere to October 9 so the effects can be finished.”",
        )
        assert found == ("Brightwater Studios", SourceKind.ORGANISATION), intro
