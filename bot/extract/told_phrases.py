"""Words in marks that nobody in the article says as their own: what the subject "had been
told" ("who had been told the meeting was “a quick chat”") or the writer is ("the lodger
brings what is, we are told, “a plan”"), or a phrase the writer rejects
("not “sometime in spring”, Friday"), or a part's line named as such ("her line about
“...”"), held for review; and words an indefinite someone speaks
after the sentence's attribution ("Lumen said she left when someone yelled “encore!”"), that
someone's, not the attribution's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote, Span
from bot.facts import HELD, QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_TOLD = lazy_pattern(r"\b(?:had|has|have)[ ]been[ ]told\b|\b(?:was|were)[ ]told\b")
_HEARSAY = lazy_pattern(r"\b(?:[Ww]e|I)(?:[ ]are|[ ]am|[’'](?:re|m))[ ]told,?[ ]*$")
"""The writer's hearsay right before the words: "what is, we are told, “a plan”", "who has, I'm
told, “opinions”"."""
_NOT = lazy_pattern(r"\b[Nn]ot[ ]$")
_LINE = lazy_pattern(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa])[ ](?:[\w’'-]+[ ]){0,2}?lines?"
    r"(?:[ ](?:about|that))?,?[ ]$"
)
"""A part's line named as such ("Her line about “...”", "his best line,"): the work's words."""
_CHARACTER_SAYS = (
    r"(?:puts?[ ]it|says|said|tells|told|warns|warned|remarks|remarked|declares|declared|"
    r"quips|quipped|notes|noted|observes|observed|snaps|snapped|whispers|whispered)"
)
_CHARACTER = (
    r"(?:[Oo]ne|[Aa]|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z][\w-]*[ ]){0,2}?character"
)
_CHARACTER_BEFORE = lazy_pattern(
    rf"\b(?:{_CHARACTER}[ ](?:\w+ly[ ])?{_CHARACTER_SAYS}|[Ii]n[ ]the[ ]words[ ]of[ ]{_CHARACTER})"
    r"\b(?:[ ](?:it|to[ ](?:him|her|them)))?,?:?[ ]*$"
)
_CHARACTER_AFTER = lazy_pattern(
    rf"[,.!?]?[ ]*(?:{_CHARACTER}[ ](?:\w+ly[ ])?{_CHARACTER_SAYS}|"
    rf"(?:says|said|warns|quips)[ ]{_CHARACTER})\b"
)
"""Words an unnamed character speaks in the work ("as one character puts it, “...”", "“...,”
says one character"): a line of the story, no one's quote."""
_REACH = 80
"""How far before the quote the passive "been told" can stand."""
_SHORT = 3


def held_if_told(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words were told to the subject of ``sentence`` (the quote's) or to
    the writer ("we are told, “...”"), or
    are a short phrase the writer puts "not" before and no one says."""
    if not fact.served:
        return fact
    start = max(sentence.start, quote.start - 1 - _REACH)
    pre = doc.masked[start : quote.start - 1]
    if "line" in pre and _LINE.search(pre) is not None:
        return held_line(fact)
    if "character" in pre and _CHARACTER_BEFORE.search(pre) is not None:
        return held_line(fact)
    post = doc.masked[quote.end + 1 : quote.end + 1 + _REACH] if quote.closed else ""
    if "character" in post and _CHARACTER_AFTER.match(post) is not None:
        return held_line(fact)
    if " told" in pre and _HEARSAY.search(pre) and not fact.text.endswith((".", "!", "?")):
        return replace(fact, confidence=HELD, doubt="words the writer was told")
    if not fact.fragment:
        return fact
    if " told" in pre and (told := list(_TOLD.finditer(pre))) and "“" not in pre[told[-1].end() :]:
        return replace(fact, confidence=HELD, doubt="words told to the subject")
    faceless = fact.source is SourceKind.UNATTRIBUTED
    if faceless and len(fact.text.split()) <= _SHORT and _NOT.search(pre) is not None:
        return replace(fact, confidence=HELD, doubt="a phrase the writer sets aside")
    return fact


_SOMEONE = lazy_pattern(
    rf"\b(?P<who>someone|somebody|everyone|everybody|a[ ]voice)[ ](?:\w+[ ])?{SPEECH_VERBS}\b"
)


def by_someone(doc: Doc, sentence: Span, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` given to an indefinite someone whose speech verb stands after its attribution in
    ``sentence``, right before the words ("Variety said he left when someone shouted
    “encore!”")."""
    if not fact.attribution or fact.continues_previous:
        return fact
    pre = doc.masked[sentence.start : quote.start - 1]
    if "some" not in pre and "every" not in pre and "a voice" not in pre:
        return fact
    at = pre.rfind(fact.attribution)
    found = list(_SOMEONE.finditer(pre, at + len(fact.attribution))) if at >= 0 else []
    if not found or pre[found[-1].end() :].strip(" ,:"):
        return fact
    return replace(fact, speaker=found[-1]["who"], source=SourceKind.UNNAMED, attribution="")
