"""A line a paragraph about footage has someone speak in the present: the part's, no one's quote.

A trailer breakdown tells its shots in the present, and the lines with them: "We cut to his
sister at the kitchen table. “...,” she says." or "“...,” Rook says. Nobody believes him." When
the one who speaks is no person the article knows (the extractor found no one for "she" or for
"Rook"), the speaker is someone in the story; so too when the name, given by its first word
alone ("“...,” Rook says"), stands on one side of a bracketed pair in the paragraph ("Rook
Penn (Ada Vale) is leaving"), whichever side the extractor took for the actor. So too "“...,”
she tells him", "she tells her": the present tense of a scene, spoken to someone in it (an
actor's remarks to a writer are told "to me", "to us", or in the past). The words are held as
the work's line. Only in a paragraph that names a trailer, a teaser or a clip itself: a
headline alone is not enough, as a piece about a trailer also quotes its makers.
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE, after_marks
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

PRESENT_SAYS = r"(?:says|asks|tells|replies|answers|whispers|adds|shouts|deadpans|quips)"
"""The plain verbs of saying, in the present: a line given as spoken, without how it is meant."""
_PRESENT_SPEAKING = (
    rf"(?:{PRESENT_SAYS}|warns|murmurs|pleads|insists|announces|declares|sighs|mutters|yells|"
    r"snaps|hisses|teases|begs)"
)
_SPOKEN_AFTER = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:he|she|they|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ]"
    rf"(?:[a-z]+ly[ ])?{_PRESENT_SPEAKING}\b(?![ ](?:me|us)\b)"
)
"""The words, then someone speaking them in the present ("“...,” she says", "“...,” Rook asks
quietly"), never to the writer ("she tells me")."""
_TOLD_IN_SCENE = lazy_pattern(
    r"[,.!?]?[”\"’']?,?[ ]+(?:he|she|they)[ ](?:[a-z]+ly[ ])?(?:tells|asks|warns|reminds|begs)"
    r"[ ](?:him|her)\b"
)
"""The words, then a pronoun telling "him" or "her" in the present ("“...,” she tells him"): one
person in the story speaking to another."""
_REACH = 50


def spoken_in_footage(doc: Doc, quote: Quote, fact: QuoteFact) -> bool:
    """The words are a line someone in the footage the paragraph names speaks (see above)."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return False
    after = after_marks(doc, quote, _REACH)
    if fact.source is SourceKind.UNATTRIBUTED or (
        given_name_only(fact) and _bracketed(doc, quote, fact.speaker)
    ):
        spoken = _SPOKEN_AFTER.match(after) is not None
    else:
        spoken = fact.source is SourceKind.PERSON and _TOLD_IN_SCENE.match(after) is not None
    if not spoken:
        return False
    para = doc.paras[quote.para]
    return FOOTAGE.search(doc.text, para.start, para.end) is not None


def given_name_only(fact: QuoteFact) -> bool:
    """The attribution names a person of several names by the first alone ("Ada says" for Ada
    Vale): the press calls a person by the surname, a story calls a part by the first name."""
    names = fact.speaker.split()
    if fact.source is not SourceKind.PERSON or len(names) < 2 or names[0] == names[-1]:
        return False
    words = fact.attribution.split()
    return names[0] in words and not any(name in words for name in names[1:])


def _bracketed(doc: Doc, quote: Quote, name: str) -> bool:
    """``name`` stands in the quote's paragraph on one side of a bracketed pair ("Ada Vale (Tom
    Reyes)" or "Tom Reyes (Ada Vale)"): someone the footage shows, with the part or the actor
    beside them, so a line by the first name alone is the part's."""
    para = doc.paras[quote.para]
    text = doc.text[para.start : para.end]
    return f"{name} (" in text or f"({name})" in text
