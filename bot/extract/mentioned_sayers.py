"""Who a pronoun's quote belongs to when the nearest subject is the person the quote speaks of.

A set visit or a profile moves from one speaker to the next by paragraph: "Vale, who made Ice
Wells, says he wanted the city cold. That look belongs to cinematographer Orla Penhallow.
“Orla lights it like a stranger,” he says." The "he" is not Penhallow (the quote names her),
and not the "he" of a quote paragraphs before: it is the person the paragraph's earlier
sentence is about.
"""

from __future__ import annotations

from bot.extract.interview_answers import mentions
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind


def paragraph_subject(resolver: Resolver, offset: int, text: str) -> Speaker | None:
    """The nearest person the sentences of the quote's own paragraph are about (before the
    sentence holding ``offset``), skipping anyone the quote ``text`` names."""
    doc = resolver.doc
    own = doc.sentence_at(offset)
    for sentence in reversed(doc.sentences):
        if sentence.para < own.para:
            return None
        if sentence.end > own.start or sentence.para != own.para:
            continue
        chunk = doc.masked[sentence.start : sentence.end]
        found = resolver.subject(chunk, sentence.start, people_only=True)
        if found is None or found.source is not SourceKind.PERSON:
            continue
        if not mentions(found.name, text):
            return found
    return None
