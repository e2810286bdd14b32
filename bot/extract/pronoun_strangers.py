"""Someone unnamed beside a pronoun's chain, for :mod:`bot.extract.speaker_antecedents`.

"A runner hands me a towel. “...,” she says." The one who acts on the writer ("hands me",
"tells us") is someone unnamed and met just then: the "she" may be that one, so no older subject
is skipped to (:func:`acts_on_writer`); nor when the writer turns to someone unnamed ("I asked
a friend what she thought."). "Between takes she wraps up, while a crew member mops
the monitor. “...,” she says." The one in the clause set after the pronoun's own ("while a
crew member mops") does not take over the chain: the "she" who wraps up says it
(:func:`after_own_clause`).
"""

from __future__ import annotations

from bot.extract.subjects import CROWD_NOUN, PERSON_NOUN
from bot.lazy_patterns import lazy_pattern

_ACTS_ON_WRITER = lazy_pattern(
    r"(?:^|[,;:][ ]|\b(?:and|but|then|when|as|while)[ ])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ]"
    r"(?:[a-z][\w-]*[ ]){1,3}?(?:[a-z]+(?:s|ed)|gave|told|took|brought|held|led|sent)[ ]"
    r"(?:me|us)\b"
)
"""An unnamed one doing something to the writer: "a runner hands me", "one fan told us"."""
_WRITER_ASKS = lazy_pattern(
    r"^(?:[^,.;:“”\"]{1,30},[ ]|(?:Then|Later|So|And|But|Afterwards|Next|Finally)[ ]"
    r"|(?:On|At|In|Outside|Near|By|Behind|Before|After)[ ](?:[a-z0-9][\w’'-]*[ ]){1,7}?)?"
    r"(?:I|We)[ ](?:[a-z]+ly[ ])?(?:ask|asked|meet|met|rang|phoned|called|texted|messaged|"
    r"pass|passed|spot|spotted|notice|noticed|find|found|stop|stopped|approach|approached|"
    r"(?:speak|spoke|talk|talked|turn|turned|chat|chatted)[ ](?:to|with)|caught[ ]up[ ]with|"
    r"(?:get|got)[ ]talking[ ]to|put[ ](?:the|my|our|that)[ ]question[ ]to)"
    r"[ ](?:an?|one|another|my|our)[ ](?:[a-z][\w-]*[ ]){0,2}?"
    rf"(?:{CROWD_NOUN}|{PERSON_NOUN}|woman|man|girl|boy|colleague|cousin|sister|brother|mum|dad"
    r"|mother|father|aunt|uncle)\b(?![ ][A-Z])"
)
"""The writer turning to (or coming upon) someone unnamed, perhaps after a lead: "I asked a
friend what she thought", "We met one fan queuing since dawn", "Afterwards, I put the question
to my neighbour", "On the way out I pass a fan" (not "my neighbour Ada Vale", who is named)."""

_OWN_CLAUSE = lazy_pattern(
    r"^(?:[A-Z][^,;:.“”\"]{0,40}?[ ])?(?P<own>she|he|She|He)[ ][a-z]+s\b[^;:“”\"]*?,?[ ]"
    r"(?:while|as|whereas|and[ ]as)[ ]$"
)
"""The pronoun's own clause first, then a clause set after it: "Between takes she wraps herself
in a blanket, while "."""


def acts_on_writer(chunk: str) -> bool:
    """``chunk`` (a sentence) has someone unnamed act on the writer ("A runner hands me tea"),
    or the writer on them ("I asked a friend what she thought")."""
    return _ACTS_ON_WRITER.search(chunk) is not None or _WRITER_ASKS.match(chunk) is not None


def after_own_clause(chunk: str, at: int, pronoun: str) -> bool:
    """The subject at ``at`` in ``chunk`` opens a clause set after one whose subject is
    ``pronoun`` itself ("she wraps up, while a crew member mops"): the chain stays hers."""
    own = _OWN_CLAUSE.match(chunk[:at])
    return own is not None and own["own"].lower() == pronoun
