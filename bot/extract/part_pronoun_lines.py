"""A "she" or "he" speaking in the present right after a sentence that opens on a part: the
part's line in the work, as a guide or a review retells a scene.

"Dessa's first act as captain is to sell the boat. “...,” she tells the crew." The pronoun
takes up Dessa, whom the article names only as a part; a person named further back (the
writer, quoted a sentence or two before) is not who speaks. The words are held. Not when the
sentence before opens on a person ("Ada Vale's new film opens in May. “...,” she says."), nor
in the past tense ("she told the crew": a report of someone speaking to the press).
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import given_name
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held

_PRESENT_PRONOUN = lazy_pattern(
    r"(?:she|he)[ ](?:says|tells|asks|snaps|sighs|mutters|whispers|shouts|yells|deadpans|"
    r"insists|warns|replies|announces|declares|hisses)\b"
)
"""A pronoun and a present-tense speaking verb: the attribution of a retold scene."""
_OPENING_NAME = lazy_pattern(r"[ “”\"‘’'*-]*(?P<name>[A-Z][\w-]+)(?:[’']s)?\b")
"""The first word of a sentence, a possessive's owner or a subject."""
_DOUBT = "a line spoken in the work"


def held_if_part_pronoun(
    doc: Doc, parts: frozenset[str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when a present-tense "she says" credits it and the sentence before, in the
    same paragraph, opens on a part that no one it names shares (see above)."""
    if not fact.served or fact.source is not SourceKind.PERSON or not parts:
        return fact
    if _PRESENT_PRONOUN.fullmatch(fact.attribution) is None:
        return fact
    sentence = doc.sentence_at(quote.start)
    before = doc.sentence_before(sentence)
    if before is None or before.para != sentence.para:
        return fact
    opens = _OPENING_NAME.match(doc.text, before.start, before.end)
    if opens is None or opens["name"] not in parts:
        return fact
    if opens["name"] in fact.speaker.split() or given_name(fact.speaker) == opens["name"]:
        return fact
    return held(fact, _DOUBT)
