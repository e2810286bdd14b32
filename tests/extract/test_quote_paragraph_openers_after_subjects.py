"""Quotes and their speakers on invented text: a quote that opens a paragraph with no
attribution of its own is the person the paragraph before ends on as its subject ("Venn
pauses for a moment." then “...”), never an older speaker, and nobody's after a sentence about
no person."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_quote_opening_a_paragraph_is_the_previous_paragraphs_subject() -> None:
    for ending in ("Dario Venn pauses for a moment.", "Venn goes quiet, then laughs."):
        found = facts(
            "Dario Venn, who plays the cook, and Marta Olsen, who plays the captain, met us in "
            "Leith. “It felt like coming home,” Olsen said.",
            f"Asked about the finale, the pair trade looks. {ending}",
            "“I can tell you that nobody dies in the kitchen.”",
            date="2026-04-01",
            title="Inside Saltwick",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("I can tell")]
        assert said == ["Dario Venn"], said


def test_a_quote_opening_a_paragraph_after_no_persons_sentence_is_nobodys() -> None:
    found = facts(
        "Dario Venn, who plays the cook, met us in Leith. “It felt like coming home,” Venn said.",
        "The finale was shot over three nights on the harbour.",
        "“Nobody dies in the kitchen.”",
        date="2026-04-01",
        title="Inside Saltwick",
    )
    said = [q.speaker for q in found.quotes if q.text.startswith("Nobody dies")]
    assert said in ([""], []), said
