"""A recast told across two sentences, for :mod:`bot.extract.castchecks`.

A news story casts the leaver in one sentence and names the new actor in the next, the part
only by "the part" or "the role": "Tom Reed had been announced in May as the ferryman Ansel
Vine. The part will now be played by Ada Vale, the channel said" (invented example). The
leaver's casting is a former one and the new actor has the part now. Only a sentence that
casts no one else, followed in the same paragraph by one that opens on the part.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.extract.lazy_patterns import lazy_pattern, matched_by
from bot.extract.names import FULL_RE, NAME
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus, held

_PART_PASSED = lazy_pattern(
    r"(?:The|That|This|(?P<pronoun>His|Her|Their))[ ](?:part|role)[ ]"
    r"(?:will[ ]now[ ]be|is[ ]now|has[ ]now[ ]been|"
    rf"will[ ]instead[ ]be|is[ ]instead)[ ](?:played|taken)[ ]by[ ](?P<actor>{NAME})"
    r"(?=[,.;]|$|[ ](?:instead|now)\b)"
)
"""The next sentence opening on the part and its new actor: "The part will now be played by "."""
_PART_WENT = lazy_pattern(
    r"\b(?:the|that|this)[ ](?:part|role)[ ](?:went|has[ ]gone|had[ ]gone|(?:has[ ]been|was)[ ]"
    rf"(?:given|handed))[ ]to[ ](?P<actor>{NAME})[ ]instead\b"
)
"""The next sentence, anywhere, giving the part to another instead: "Ada Vale has confirmed
that the part went to Tom Reed instead"."""
_REPORTED = lazy_pattern(
    r"\b(?:reported|reports|claimed|suggested|said)[ ](?:that[ ])?(?:[A-Z][\w’'-]*[ ]){1,4}"
    r"(?:would|was[ ]to|will|is[ ]to)[ ]"
)
"""A casting someone else reported ("outlets reported that X would play Y"): when the part
went to another instead, the report was wrong, not a part the actor left."""
_CORRECTED = "a report the next sentence corrects: the part went to another instead"


def part_passed(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with a leaver made former and the new actor cast, where a sentence casting one
    actor is followed by "The part will now be played by <name>"."""
    if "played by" not in doc.text and "taken by" not in doc.text and " instead" not in doc.text:
        return cast
    out = list(cast)
    for first, then in pairwise(doc.sentences):
        if first.para != then.para:
            continue
        passed = _PART_PASSED.match(doc.text, then.start, then.end)
        passed = passed or _PART_WENT.search(doc.text, then.start, then.end)
        if passed is None:
            continue
        leaver_named = _surname(out, doc.text[first.start : first.end].strip())
        if matched_by(passed, _PART_WENT) and leaver_named in doc.text[then.start : then.end]:
            continue  # "Vale was first announced as Kit; the role went to Reed instead": another
        evidence = doc.text[first.start : first.end].strip()
        own = [i for i, f in enumerate(out) if f.served and f.evidence.strip() == evidence]
        if len(own) != 1 or out[own[0]].status is not CastStatus.CURRENT:
            continue
        leaver = out[own[0]]
        if leaver.actor == passed["actor"] or (
            passed.groupdict().get("pronoun") and _other_named(evidence, leaver)
        ):
            continue  # "His part" may be another's the sentence names ("opposite Tom Reed")
        out[own[0]] = replace(leaver, status=CastStatus.FORMER)
        if matched_by(passed, _PART_WENT) and _REPORTED.search(evidence):
            out[own[0]] = held(leaver, _CORRECTED)  # never the actor's part at all
        if not any(f.actor == passed["actor"] and f.character == leaver.character for f in out):
            told = doc.text[then.start : then.end].strip()
            out.append(replace(leaver, actor=passed["actor"], evidence=told))
    return out


def _other_named(sentence: str, leaver: CastFact) -> bool:
    """Whether ``sentence`` names in full someone besides the leaver and their part."""
    return any(
        m.group() not in (leaver.actor, leaver.character) for m in FULL_RE.finditer(sentence)
    )


def _surname(cast: list[CastFact], evidence: str) -> str:
    """The surname of the one casting told in ``evidence``, else a string no sentence holds."""
    own = [f for f in cast if f.served and f.evidence.strip() == evidence]
    return own[0].actor.rsplit(" ", 1)[-1] if len(own) == 1 else "\0"
