"""A credit told through "the X-directed film" right after a sentence naming another work, for
:func:`bot.extract.crew.find_crew`: "Last week's champ, Lumen's western Dry Creek, fell to
second. The A-directed film stars B" (the film is the one just named, not the article's lead).

The description has no title of its own, so it points back at the work last named; when the
sentence before names a work the article's first sentence does not, the credit is held.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.text import Doc
from bot.facts import CrewFact, held

_FUSED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)[ ][A-Z][^.;:]{0,60}?-(?:directed|helmed|written|scripted|"
    r"penned|produced)[ ](?:new[ ])?(?:feature|film|movie|series|show|adaptation|sequel|drama)\b"
)
_WORK = re.compile(
    rf"(?:[’']s[ ](?:[a-z-]+[ ]){{1,2}}|\b{GENRE_NOUNS}[ ]|[“\"‘])"
    r"(?P<work>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z0-9][\w’'-]*){0,5})"
)
"""A work brought in by its owner and a noun, its genre or quotation marks: "Lumen's western
Dry Creek", "the thriller Dry Creek", "‘Dry Creek’"."""
_DOUBT = "the film a description points back to is another work named just before"


def fused_elsewhere(doc: Doc, facts: list[CrewFact]) -> list[CrewFact]:
    """``facts`` with a fused credit held where the sentence before names another work."""
    fused = ["-" in fact.evidence and _FUSED.search(fact.evidence) is not None for fact in facts]
    if not any(fused):
        return facts
    views = doc.views
    lead = views[0].chunk if views else ""
    return [
        held(fact, _DOUBT) if told and _after_other(doc, fact, lead) else fact
        for fact, told in zip(facts, fused, strict=True)
    ]


def _after_other(doc: Doc, fact: CrewFact, lead: str) -> bool:
    views = doc.views
    for index, view in enumerate(views):
        if index and doc.text[view.span.start : view.span.end].strip() == fact.evidence:
            before = views[index - 1]
            if before.span.para != view.span.para:
                return False
            return any(
                not all(token in lead for token in match["work"].split() if token != "The")
                for match in _WORK.finditer(before.chunk)
            )
    return False
