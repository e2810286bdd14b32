"""A descriptor the article gives a part is no source: "returns as Wren Hale, the art student".

An unnamed speaker found from a label ("the art student") that the text only ever sets right
after a part's name ("Wren Hale, the art student whose ...") describes that character of the
work, who speaks to no reporter; a "she says" that landed on it belongs to someone else, so the
words are left to no one.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc
from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import CastFact, QuoteFact, SourceKind
from bot.lazy_patterns import cached_pattern


def part_descriptors_unsaid(
    doc: Doc, cast: tuple[CastFact, ...], quotes: list[QuoteFact]
) -> list[QuoteFact]:
    """Each quote credited to a label the text gives only as a part's description, left to no
    one, with the words going on from it."""
    parts = {fact.character for fact in cast if fact.character}
    if not parts:
        return quotes
    return unsaid_with_runs(quotes, lambda fact: _part_label(doc, parts, fact))


def _part_label(doc: Doc, parts: set[str], fact: QuoteFact) -> bool:
    if fact.source is not SourceKind.UNNAMED or not fact.speaker.lower().startswith("the "):
        return False  # "Nick, a spokesperson for Lumen said": a clause's own subject
    label = fact.speaker
    first = f"{label[0].upper()}{label[0].lower()}"
    spelt = cached_pattern(rf"(?<![\w’'-])[{first}]{re.escape(label[1:])}")
    found = [match.start() for match in spelt.finditer(doc.masked)]
    return bool(found) and all(_after_part(doc.masked, at, parts) for at in found)


def _after_part(text: str, at: int, parts: set[str]) -> bool:
    """``text`` up to ``at`` ends on a part's name and the comma of its apposition ("Wren Hale,
    ")."""
    if not text.endswith(", ", 0, at):
        return False
    return any(
        text.endswith(part, 0, at - 2) or text.endswith(part.split()[0], 0, at - 2)
        for part in parts
    )
