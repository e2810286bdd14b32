"""Words that open by reporting a third person's speech ("“She said, ‘...’ and I did.”") after a
sentence about one person acting on another ("Vale took him aside.").

The pronoun then stands for that one person, the sentence's subject, whose words are relayed by
the other (the "him"), so the words are not the subject's. When the sentence names someone else
too ("Vale said Lund had rung her."), the pronoun may be that other, and the subject may well
be the teller, so nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Speaker
    from bot.extract.text import Doc, Quote

_REPORTS = lazy_pattern(
    r"(?P<pronoun>He|She)[ ](?:said|says|told[ ](?:me|us|him|her|them)|asked|kept[ ]saying|"
    r"would[ ]say)[,:]?[ ]?[‘'“\"]"
)
"""A pronoun, a speech verb and the mark opening the words it reports: "He said, ‘"."""
_ACTED_ON = lazy_pattern(
    r"[ ](?:him|me|us|them|her(?=[ ](?:aside|over|back|up|out|in|once|again|later)\b|[.,;]))\b"
)
"""The one acted on, as an object pronoun: "took him aside", "rang her."."""
_SUBJECT_PRONOUN = {"He": lazy_pattern(r"\b[Ss]he\b"), "She": lazy_pattern(r"\b[Hh]e\b")}
"""For the reported pronoun, the sentence's own subject pronoun of the other sex: "Vale laughed as
she told us. “He said, ‘...’”" (she is Vale, so "he" is someone else, and Vale tells it)."""
_CAPITALISED = lazy_pattern(r"(?<![.!?][ ])(?<!^)\b[A-Z][\w’'-]+")
"""A capitalised word not opening a sentence: a name, maybe someone else's."""


def told_of(doc: Doc, quote: Quote, chunk: str, speaker: Speaker | None) -> Speaker | None:
    """``speaker``, the subject of ``chunk`` (the sentence before ``quote``), unless the quote
    opens by reporting what "he" or "she" said and ``chunk`` names that subject, acting on an
    object pronoun, and no one else: then no one (the pronoun is the subject, not the teller)."""
    if speaker is None or (reports := _REPORTS.match(doc.text, quote.start)) is None:
        return speaker
    if _SUBJECT_PRONOUN[reports["pronoun"]].search(chunk):
        return speaker  # "Vale laughed as she told us. “He said, ‘...’”": Vale tells it
    if _ACTED_ON.search(chunk) is None:
        return speaker
    parts = set(speaker.name.split())
    named = _CAPITALISED.findall(chunk)
    if not parts.intersection(named):
        return speaker  # "Vale, he says, took him aside.": the teller's "he says"
    if any(word not in parts for word in named):
        return speaker  # "Vale said Lund had rung her.": the pronoun may be Lund
    return None
