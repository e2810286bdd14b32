"""A recast told across two sentences, for :mod:`bot.extract.castchecks`.

A news story casts the leaver in one sentence and names the new actor in the next, the part
only by "the part" or "the role": "Tom Reed had been announced in May as the ferryman Ansel
Vine. The part will now be played by Ada Vale, the channel said" (invented example). The
leaver's casting is a former one and the new actor has the part now. Only a sentence that
casts no one else, followed in the same paragraph by one that opens on the part.

The same in one sentence, the leaver told as not coming back and the part given to another:
"Tom Reed won't return for the sequel, and Ansel will be played by Ada Vale" (the leaver's one
part here, the one the sentence casts anew).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from bot.extract.names import FULL_RE, NAME
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus, held
from bot.lazy_patterns import lazy_pattern, matched_by

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
_NOT_BACK = lazy_pattern(
    rf"(?P<old>{NAME})[ ](?:will[ ]not|won['’]t|is[ ]not|isn['’]t|would[ ]not|wouldn['’]t)[ ]"
    r"(?:be[ ])?(?:return|returning|back|coming[ ]back)\b"
    r"(?![ ](?:to|on)[ ](?!(?:the[ ])?(?:role|part|series|show|season|film|franchise)\b))"
)
"""A leaver not coming back (not "will not return to the stage": somewhere else)."""
_BACK_HINTS = (" not return", "n't return", "n’t return", " not be back", "n't be back",
               "n’t be back", " not be returning", "n't be returning",
               "n’t be returning")  # fmt: skip
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


def not_back_passed(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with a leaver made former where the sentence telling they are not coming back
    casts another in their one part here."""
    if not any(hint in doc.text for hint in _BACK_HINTS):
        return cast
    out = list(cast)
    for sentence in doc.sentences:
        evidence = doc.text[sentence.start : sentence.end].strip()
        for match in _NOT_BACK.finditer(doc.text, sentence.start, sentence.end):
            leavers = [i for i, f in enumerate(out) if _named(f.actor, match["old"])]
            parts = {out[i].character for i in leavers}
            if len(parts) != 1:
                continue  # no part here, or more than one: which one passed is not told
            part, names = parts.pop(), {out[i].actor for i in leavers}
            taken = doc.text[match.end() : sentence.end]
            if not any(f.served and f.character == part and f.actor not in names
                       and f.evidence.strip() == evidence and f.actor.rsplit(" ", 1)[-1] in taken
                       for f in out):  # fmt: skip
                continue  # the part given to another after the leaving, in this sentence
            for i in leavers:
                if out[i].status is CastStatus.CURRENT:
                    out[i] = replace(out[i], status=CastStatus.FORMER)
    return out


def _named(actor: str, written: str) -> bool:
    """Whether ``written`` names ``actor`` in full or by surname."""
    return actor == written or actor.endswith(" " + written)


def _other_named(sentence: str, leaver: CastFact) -> bool:
    """Whether ``sentence`` names in full someone besides the leaver and their part."""
    return any(
        m.group() not in (leaver.actor, leaver.character) for m in FULL_RE.finditer(sentence)
    )


def _surname(cast: list[CastFact], evidence: str) -> str:
    """The surname of the one casting told in ``evidence``, else a string no sentence holds."""
    own = [f for f in cast if f.served and f.evidence.strip() == evidence]
    return own[0].actor.rsplit(" ", 1)[-1] if len(own) == 1 else "\0"
