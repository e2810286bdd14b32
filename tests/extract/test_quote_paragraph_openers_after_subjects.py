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


def _after_a_says_clause(intro: str) -> list[str]:
    found = facts(
        "The premiere in Rotterdam sold out in an hour.",
        intro,
        "Editor Oskar Quillon cut the film in Bergen, and Tarrow says the pace was everything.",
        "“Every scene had to breathe.”",
        date="2026-05-04",
        title="Inside Lowmoor",
    )
    return [q.speaker for q in found.quotes if q.text.startswith("Every scene")]


def test_a_paragraph_opener_after_an_unplaced_last_subject_is_no_earlier_subjects() -> None:
    said = _after_a_says_clause("Vesna Tarrow wrote Lowmoor with her brother, Piet Tarrow.")
    assert said == [""], said


def test_a_paragraph_opener_after_a_placed_last_subject_is_theirs() -> None:
    assert _after_a_says_clause("Vesna Tarrow wrote and directed Lowmoor.") == ["Vesna Tarrow"]
