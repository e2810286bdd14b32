"""A colon closing a sentence whose named subject is described, not speaking.

"Ada Vale, who trained in Leeds, was the opposite: “...”" tells what Vale is, in words someone
else (the interviewee) gives; "Ada Vale of Lumen Films is blunter: “...”" and "Vale at the press
conference: “...”" name a subject whose clause the resolver does not read, so the words are no
one's rather than the speaker before's going on; so does a subject of a few words with its stance
("Others are less sure: “...”"). A subject that speaks ("Vale was blunter:",
"Vale wrote:") is read elsewhere and kept; one the article never names in full is no one.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.speaker_antecedents import Speaker
from bot.lazy_patterns import lazy_pattern

_OPENS = (
    r"[ “”\"‘’']*"
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|His|Her|Their|Our|My|One|"
    r"Some|Many|Most|All|Both|Each|Every|No|Then|But|And|So|Yet|Still|Now|Here|There|If|When|"
    r"While|After|Before|As|In|On|At|For|With|By|From)\b)"
    rf"{NAME}"
)
"""A sentence opening on a name, not on a word that only starts a clause."""
_PREDICATE_NOUN = lazy_pattern(
    rf"{_OPENS}(?:,[ ][^,:;“”\"‘’]{{1,120}},)?[ ](?:is|was)[ ](?:the|a|an)[ ]"
    r"(?!(?:little|bit|touch|tad|lot|shade|more|less|most)\b)"
    r"(?:(?!\b(?:more|less|most|who)\b|\bto[ ](?!(?:the|a|an|his|her|their|him|them)\b))"
    r"[^:;“”\"‘’]){1,60}:"
    r"[ ]*$"
)
"""The subject, perhaps an aside, then "is" or "was" and a noun phrase: "Vale, who trained in
Leeds, was the opposite:", "Vale is a natural:". A noun phrase that goes on to what the subject
does ("Vale was the first to admit it:", "the one who broke the news:") tells the speaker."""
_UNREAD = lazy_pattern(
    rf"{_OPENS}(?:[ ]of[ ](?:the[ ])?{NAME}[ ](?:is|was)[ ]|[ ](?:at|during)[ ])"
    r"[^:;,“”\"‘’]{1,60}:[ ]*$"
)
"""The subject with an employer before its description ("Vale of Lumen Films is blunter:"), or
with only where it stands ("Vale at the press conference:")."""
_NAMED_SAYS = lazy_pattern(rf"{_OPENS}[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}:[ ]*$")
"""A name and its speech verb alone ("Vale wrote:"): with no speaker found, a name the article
never gave in full, whose words are never the speaker before's."""

_STANCE = lazy_pattern(
    r"(?:^[ ]*|[,.!?][ ]+)(?!(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[Tt]hen)\b)"
    r"[A-Za-z][\w’'-]*(?:[ ](?:‘[^’]{1,40}’|[\w’'-]+)){0,2}[ ]"
    r"(?:is|are|was|were|seems|seem|seemed|sounds|sounded)[ ]"
    r"(?:(?:less|more|not|far|much|so)[ ]){0,2}"
    r"(?:sure|convinced|certain|impressed|keen|optimistic|sceptical|skeptical|blunt|blunter|"
    r"kind|kinder|harsh|harsher|generous|enthusiastic)\b[^:;“”\"]{0,30}:[ ]*$"
)
"""A subject of a few words, not a pronoun, whose stance closes on the colon ("Over on the
forums, user ‘x’ is less sure:", "Others are not convinced:"): with no speaker found, words the
resolver cannot give that subject, never the speaker before's going on."""


def described_subject(pre: str, own: Speaker | None) -> bool:
    """Whether words after the colon closing ``pre`` are no one's: a named subject described
    by a noun phrase (unless an attribution named the speaker), or one whose clause gave no
    speaker at all."""
    if own is not None and own.attribution:
        return False
    if _PREDICATE_NOUN.match(pre) is not None:
        return True
    if own is None and _STANCE.search(pre) is not None:
        return True  # "Others are less sure: “...”": theirs, unread
    return own is None and (_UNREAD.match(pre) or _NAMED_SAYS.match(pre)) is not None
