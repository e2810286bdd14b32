"""A trailer breakdown opens each shot on a time code; a "She says" after a shot that opens on
a part is the part's line, held; after a shot that opens on a person it stays a quote."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.part_pronoun_lines import held_if_part_pronoun
from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import article

_PARTS = frozenset({"Ellen Quell", "Ellen", "Peter Vance", "Peter"})


def _served(shot: str, said: str, by: str) -> bool:
    """Whether the first quotation in ``shot``, credited to ``by`` with ``said``, stays served."""
    doc = build_doc(article("The full trailer for Tamsin Reach dropped on Monday.", shot))
    quote = doc.quotes[0]
    fact = QuoteFact(doc.text[quote.start : quote.end], by, SourceKind.PERSON, said)
    return held_if_part_pronoun(doc, _PARTS, quote, fact).served


def test_a_part_opening_a_time_coded_shot_speaks_the_line() -> None:
    shot = (
        "0:52 – Ellen Quell, played by Margaret Brackwater, at a window. She says “Nobody "
        "leaves this town twice, love” and the trailer cuts to black."
    )
    assert not _served(shot, "She says", "Margaret Brackwater")


def test_a_part_opening_a_shot_on_an_em_dash_time_code() -> None:
    shot = "1:20 — Peter at the quay, soaked. He whispers “Keep the lamp lit” to nobody at all."
    assert not _served(shot, "He whispers", "Thomas Orsini")


def test_a_person_opening_a_time_coded_shot_stays_a_quote() -> None:
    shot = (
        "2:05 – Margaret Brackwater at the launch on Tuesday. She says “We shot it all in the "
        "rain, every single day.”"
    )
    assert _served(shot, "She says", "Margaret Brackwater")
