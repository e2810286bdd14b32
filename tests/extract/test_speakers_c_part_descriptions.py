"""Quotes on invented text: a descriptor the article only gives a part ("Wren Hale, the
lighthouse keeper") is never the speaker a "she says" lands on; the same descriptor set as a
source of its own elsewhere ("the lighthouse keeper told us") still speaks."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.speaker_part_descriptors import part_descriptors_unsaid
from bot.facts import CastFact, QuoteFact, SourceKind
from tests.extract.helpers import article

_LEDE = "Ottilie Brask-Moore talks about her last days on Gannet Rock."
_CAST = (CastFact("Ottilie Brask-Moore", "Wren Hale", "returns as Wren Hale"),)
_RETURNS = (
    "Brask-Moore returns as Wren Hale, the lighthouse keeper whose feud with the mainland drove "
    "the show."
)


def _speakers(*lines: str) -> list[str]:
    """The speakers left after the check, of a quote the resolver gave the descriptor."""
    doc = build_doc(article(_LEDE, *lines, "“It was relief,” she says.", date="2026-08-20"))
    found = [QuoteFact("It was relief,", "the lighthouse keeper", SourceKind.UNNAMED, "she says")]
    return [fact.speaker for fact in part_descriptors_unsaid(doc, _CAST, found)]


def test_a_parts_descriptor_is_not_the_sayer() -> None:
    assert _speakers(_RETURNS) == [""]


def test_a_descriptor_that_speaks_elsewhere_still_speaks() -> None:
    told = "The lighthouse keeper told us the crew were tidy."
    assert _speakers(_RETURNS, told) == ["the lighthouse keeper"]
