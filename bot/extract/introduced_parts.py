"""Lines of a part the paragraph has just introduced: "Ada Vale's Dessa", "Ada Vale is Captain
Dessa Moor", "Ada Vale plays barrister Dessa Moor".

A trailer round-up or a listing names the actor and the part, then gives the part its words:
"“...,” Dessa tells a junior in episode one", or, in a piece about footage, "“...,” she
says" right after a sentence whose people are that actor and that part. The one who speaks is
the part, never the actor talking to the press: the words are held as a line spoken in the
work. Words with no attribution at all, put in someone's mouth in footage the paragraph
describes ("the teaser is mostly the pair on a pier, and Orvo saying “...”"), are held too,
whoever the speaker was guessed to be; words after a name in their own sentence ("X thanks fans
and tells them: “...”") are that person's.
"""

from __future__ import annotations

import re

from bot.extract.footage_lines import FOOTAGE, footage_line, in_footage_piece
from bot.extract.honorific_names import given_name
from bot.extract.names import FULL_NAME, NAME, NAME_RE
from bot.extract.part_lines import held_line, speaker_guessed
from bot.extract.people import People
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_OWNED_PART = lazy_pattern(rf"\b(?P<actor>{FULL_NAME})[’']s[ ](?P<part>{NAME})")
"""A part owned by its actor: "Ada Vale’s Dessa" (or an outlet's writer: "the Post’s Ada Vale",
so the owner must be a person)."""
_IS_PART = lazy_pattern(
    rf"\b(?P<actor>{FULL_NAME})[ ]is[ ](?P<part>(?:[A-Z][\w’'-]+[ ]){{1,3}}[A-Z][\w’'-]+)"
    r"(?<![’']s)(?![\w’'-])"
)
"""An actor equated with a part, a full name on both sides: "Ada Vale is Reverend Dessa Moor"
(never a name that owns what follows: "Tom Reyes is Ada Vale's husband")."""
_PLAYED = lazy_pattern(
    r"\bplays[ ](?:(?!(?:opposite|alongside|against|with|off|up|in|on|to|for|of|at|by|from)\b)"
    rf"[a-z]+[ ]){{0,2}}(?P<part>{NAME})"
)
"""A part played, perhaps after what it is: "plays barrister Dessa Moor" (never the object of a
preposition: "plays opposite Ada Vale", "plays host to Ada Vale", who are people)."""
_PRONOUN_SAYS = lazy_pattern(r"(?:he|she|they)[ ](?:[a-z]+ly[ ])?[a-z]{2,}s\b(?![’'])")
"""A pronoun, then a verb in the present: "he says", "she tells", "he announces"."""


def held_if_introduced_part(doc: Doc, people: People, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a line of a part the paragraph introduced (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    if not fact.attribution:
        guessed = speaker_guessed(doc, quote, fact)
        return held_line(fact) if guessed and footage_line(doc, quote) else fact
    para = doc.paras[quote.para]
    lead = doc.text[para.start : max(quote.start - 1, para.start)]
    named = {m["part"] for pattern in (_PLAYED, _IS_PART) for m in pattern.finditer(lead)}
    named |= {given_name(part) for part in named}
    if fact.speaker in named or fact.attribution.split(" ", 1)[0] in named:
        return held_line(fact)  # "“...,” Dessa tells a junior"
    if not _PRONOUN_SAYS.match(fact.attribution) or not in_footage_piece(doc, quote, FOOTAGE):
        return fact
    for pattern in (_OWNED_PART, _IS_PART):
        for match in pattern.finditer(lead):
            if people.knows(match["actor"]) and not _other_person(people, lead, match):
                return held_line(fact)  # "Ada Vale’s Dessa on a train. “...,” she says."
    return fact


def _other_person(people: People, lead: str, match: re.Match[str]) -> bool:
    """Whether a person other than the actor is named between the part and the words: the
    pronoun then stands for them ("Ada Vale’s Dessa hands him a flyer. Critic Tom Reyes is not
    convinced. “...,” he jokes")."""
    own = set(match["actor"].split()) | set(match["part"].split())
    return any(
        (found := people.resolve(name.group())) is not None
        and people.knows(found)
        and not own & set(found.split())
        for name in NAME_RE.finditer(lead, match.end())
    )
