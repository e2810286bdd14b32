"""Words whose speaker the quote's own sentence introduces but no one can place, so never
credited to someone or some company named in an earlier sentence: a pronoun with its own speech
verb ("he looked up and said, ‘...’") whose person cannot be named, and a caption whose poster
the sentence names but the article never gives in full ("Wash posted a photo of the
clapperboard, and the caption read “...”")."""

from __future__ import annotations

import re

from bot.extract.attribution import CAPTION_BEFORE
from bot.extract.cues import hint
from bot.extract.lexicon import OUTSIDE_JOBS, RELATION, SPEECH_VERBS
from bot.extract.outlet_reports import UNNAMED_OUTLET
from bot.lazy_patterns import lazy_pattern

PERSONAL_PRONOUN = lazy_pattern(r"\b(?:he|she|they|He|She|They)\b")
"""A "he", "she" or "they" anywhere in a sentence or an attribution."""
_OWN_VERB_BEFORE = lazy_pattern(rf"\b{SPEECH_VERBS}(?:[ ](?:me|us|him|her|them))?[ ]?[,:]?[ ]*$")
_FIRST_PERSON_SAYS = lazy_pattern(
    rf"\b(?:I|[Ww]e)[ ](?:[a-z]+ly[ ]|then[ ]|just[ ])?{SPEECH_VERBS}"
    r"(?:[ ](?:to[ ])?(?:me|us|him|her|them))?[ ]?[,:]?[ ]*$"
)
"""The writer's or the answerer's own speech verb right before the quote ("... in one
sentence.” I said “...”"): an "I", never whoever was quoted before in the sentence."""
_POSTED = lazy_pattern(r"\b(?:posted|shared|uploaded|put[ ]up|tweeted|published)\b")
UNNAMED_DESCRIBERS = lazy_pattern(
    r"\b(?P<who>(?i:sources?|insiders?|critics|fans|viewers|people|others|many|some|"
    r"reports?|colleagues|friends))[ ](?:have[ ]|had[ ]|often[ ]|now[ ])?"
    r"(?:describe[sd]?|call(?:s|ed)?|dub(?:s|bed)?|label(?:s|led)?|blame[sd]?|cite[sd]?)[ ]"
    r"(?:\w+[ ]){0,2}?(?:as[ ])?[“\"‘']?$"
)
"""Unnamed many describing someone or giving a reason in their words: "critics called her
“fearless”", "Sources blamed “creative differences”", "Many cite “...”" (any of them may
open the sentence)."""


_OUTSIDER = lazy_pattern(
    rf"(?:^|[.!?][ ]+)(?:The|[A-Z][\w-]*[’']s)[ ](?:[a-z][\w-]*[ ]){{0,3}}?"
    rf"(?:{'|'.join(OUTSIDE_JOBS)})[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b"
)
"""Someone described by a job outside the work that the article gives no one ("The studio
chief said", "Tidewell's chief content officer said"), speaking as the sentence's subject."""
_REPRESENTATIVE = (
    r"(?:agent|publicist|spokes(?:person|woman|man)|representative|rep|manager|lawyer)"
)
"""Who speaks for someone: their words are never the one they speak for."""
_KIN_SAYER = lazy_pattern(
    rf"(?:^|[.!?;][ ]+)(?i:his|her|their|my|our)[ ](?:[a-z][\w-]*[ ]){{0,2}}?"
    rf"(?:{RELATION}|{_REPRESENTATIVE})s?"
    rf"(?:,[^,.!?;:“”\"]{{1,60}},)?[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b"
)
"""Someone's kin or agent speaking as the sentence's subject ("Her mum, who came along, told
us:", "His agent said only that"): not the one whose kin or agent they are, whom the sentence
before is about."""
_HEAD_OF = lazy_pattern(
    rf"(?:^|[.!?,][ ]+)(?:[Tt]he|[A-Z][\w-]*[’']s)[ ](?:[a-z][\w-]*[ ]){{0,2}}?head[ ]of[ ]"
    rf"(?:[\w-]+[ ]){{1,3}}?{SPEECH_VERBS}\b"
)
"""Someone unnamed by a company's department they head ("At the time, Tidewell's head of UK
drama said ..."): no earlier subject speaks for them."""


DESCRIBER_HINT = hint("describe", " as", "call", "dub", "label", "blame", "cite")
"""What :data:`UNNAMED_DESCRIBERS` cannot match without: its verbs, or the "as" after them."""


_NAMED_HEAD = lazy_pattern(
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)+,[ ](?:[A-Z][\w-]*[’']s[ ]|the[ ])?head[ ]of[ ]"
    r"(?P<dept>[^,.;]+),"
)
"""Someone named as a department's head earlier in the paragraph ("Mina Ocampo, Tidewell's head
of drama, was delighted."): "the head of drama" after it is that person, not an unplaced one."""


def _head_named(head: re.Match[str], earlier: str) -> bool:
    """The "head of <dept>" of ``head`` is the one ``earlier`` names with the same department."""
    return any(f"head of {m['dept']}" in head.group() for m in _NAMED_HEAD.finditer(earlier))


def speaker_unplaced(pre: str, earlier: str = "") -> bool:
    """Whether ``pre`` (the quote's sentence before it, where no speaker was found) introduces
    the words as someone's own: a pronoun (an "I" too) with its speech verb, a post's caption,
    unnamed many who describe or blame (:data:`UNNAMED_DESCRIBERS`), someone's kin
    (:data:`_KIN_SAYER`), an unnamed outlet reporting it
    (:data:`bot.extract.outlet_reports.UNNAMED_OUTLET`), or an outsider by job
    (:data:`_OUTSIDER`, :data:`_HEAD_OF`, unless ``earlier``, the paragraph before the
    sentence, named that head)."""
    if UNNAMED_DESCRIBERS.search(pre) or _OUTSIDER.search(pre) or UNNAMED_OUTLET.search(pre):
        return True
    if _KIN_SAYER.search(pre):
        return True
    if (head := _HEAD_OF.search(pre)) and not _head_named(head, earlier):
        return True
    if _OWN_VERB_BEFORE.search(pre) and PERSONAL_PRONOUN.search(pre):
        return True
    if _FIRST_PERSON_SAYS.search(pre):
        return True
    return "caption" in pre and _POSTED.search(pre) is not None and bool(CAPTION_BEFORE.search(pre))
