"""A term someone calls for, in marks: the name of a thing called, not speech.

"The first AD calls a “tea break”, and the crew scatter" names the thing called for (a break,
a hold, a halt), as "calls a meeting" does; no one is quoted. "She called it a “love letter”"
names an object first, and "what Ada Vale calls a “proper budget”" names a thing in her words:
both stay hers; "what the gossip pages love to call “...”" is a crowd's stock phrase,
no one's words. "The first AD calls everyone “sunshine”" names the word she addresses a whole
group by, a habit the writer describes, not a remark; "she called him “reckless”" judges one
person, and stays hers. "A scene which she calls “the pier scene”", when no one is named to say
the words, is a name given to a thing; so is a piece of the work someone names ("a motif she
calls “the bench theme”"), whoever says it. Held for review, never served as the person's quote.
"""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_CALLS_A = lazy_pattern(
    r"\b(?:calls|called|calling|call)[ ](?:a|an)[ ]"
    r"(?:(?:final|last|first|second|quick|early|late|sudden|brief|short|long)[ ])?$"
)
"""A thing called for, straight before the marks, perhaps with its place or length: "calls a
“", "called a final “"."""
_CALLS_ALL = lazy_pattern(
    r"\b(?:calls|called|calling|call)[ ](?:everyone|everybody|each[ ]other|one[ ]another|"
    r"all[ ]of[ ](?:us|them|you)|the[ ]whole[ ](?:cast|crew|team|room))[ ]$"
)
"""A word of address for a whole group, straight before the marks: "calls everyone “"."""
_WHICH_CALLS = lazy_pattern(
    r"\b(?:which|that)[ ](?:he|she|they|we|[A-Z][\w’'-]+)[ ](?:[a-z]+[ ]){0,3}?"
    r"(?:calls|called|call|dubs|dubbed|nicknames|nicknamed)[ ]$"
)
"""A thing named before, then the name someone gives it, straight before the marks ("one scene,
which she will only call “", "a set that the crew nicknamed “"): a label, not a remark."""
_NO_ONE_NAMED = frozenset({SourceKind.UNATTRIBUTED, SourceKind.UNNAMED})
"""No one is found to say the words, or only a pronoun with no one it stands for."""
_WHAT_CALLS = lazy_pattern(r"\bwhat[ ](?:[\w’'-]+[ ]){1,4}$")
"""A thing named in someone's words ("what Ada Vale calls a “"): hers, not a term called for."""
_BY_AFTER = lazy_pattern(r"[”\"’']?[ ](?:by|from)\b")
"""An agent after the marks ("was called a “flop” by critics"): their word, not a term."""
_CROWD = (
    r"(?:press|trades|tabloids|papers|internet|fans|fandom|critics|industry|headlines|pages|"
    r"columns|columnists|pundits|media|analysts|observers|commentators|experts|insiders|"
    r"viewers|audiences|locals|(?:crew|cast)[ ]members)"
)
"""A crowd or the press, no one person: "fans", "the trades", "the internet", "crew members"."""
_CROWD_CALLS = lazy_pattern(
    r"\bwhat[ ](?:(?:the|some|many)[ ])?(?:[a-z]+[ ])?"
    rf"{_CROWD}[ ]"
    r"(?:still[ ]|now[ ])?"
    r"(?:insists?[ ]on[ ]calling|likes?[ ]to[ ]call|loves?[ ]to[ ]call|calls?|called|dubbed|"
    r"(?:has|have)[ ]taken[ ]to[ ]calling|(?:is|are)[ ]calling)[ ](?:an?[ ])?$"
)
"""A stock phrase a crowd or the press uses, no one person ("what the gossip pages love to
call “", "what fans have taken to calling “", "what analysts called a “"): the writer's scare
quote, no one's words."""
_CROWD_NAMES = lazy_pattern(
    r"\b(?:[A-Z][\w’'-]*[ ])?"
    rf"(?i:{_CROWD})[ ](?:have[ ]|has[ ])?"
    r"(?:now[ ]|already[ ]|even[ ]|sometimes[ ]|often[ ]|still[ ]|[a-z]{3,}ly[ ])?"
    r"(?:(?:taken|took|come|came)[ ]to[ ]call(?:ing)?|(?:started|begun|began)[ ]calling|"
    r"(?:like|love|tend)[ ]to[ ]call|dubbed|nicknamed|christened|call|calls|(?P<refer>refer"
    r"(?:red)?[ ]to))[ ](?:it|him|her|them|(?:the|this|that|his|her|their|its)[ ](?:[a-z-]+[ ])?"
    r"[a-z-]+)(?(refer)[ ]as)[ ]$"
)
"""A crowd's name for a thing it names first, straight before the marks: "Fans have taken to
calling the score “", "fans call the main theme “", "the trades dubbed it “", "viewers
sometimes call the show “", "audiences took to calling it “", "viewers have come to call it
“", "fans like to call him “", "locals refer to the pier as “" (a nickname the writer reports;
no one is quoted)."""
_PIECE_NAME = lazy_pattern(
    r"the[ ](?:(?!(?:of|under|in|on|with|for|every|that|which|to|from|at)[ ])[\w’'-]+[ ]){1,3}"
    r"(?:theme|tune|motif|cue|melody|refrain|scene|sequence)"
)
"""A name for a piece of the work, a word or three before its kind ("the bench theme", "the Ada
and Tom motif"; not "the heartbeat under every scene", which judges)."""
_CALLS_BARE = lazy_pattern(
    r"\b(?:calls|called|call|dubs|dubbed|nicknames|nicknamed)(?:,[ ][a-z]+,)?[ ]$"
)
"""A verb of naming straight before the marks, no object between ("which she calls “", "that she
calls, privately, “"; not "called the score “", which says what the score is)."""
_CROWD_WORDS = 5
_TERM_WORDS = 3
_REACH = 40


def held_if_called_term(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its few lowercase words are a term called for (see above)."""
    if not fact.served or not quote.closed:
        return fact
    opens = quote.start - 1  # the opening mark
    if len(fact.text.split()) <= _CROWD_WORDS and (
        _CROWD_CALLS.search(text, max(0, opens - 60), opens)
        or _CROWD_NAMES.search(text, max(0, opens - 60), opens)
    ):
        return held(fact, "a crowd's stock phrase in quotation marks")
    if _PIECE_NAME.fullmatch(fact.text) and _CALLS_BARE.search(text, max(0, opens - 30), opens):
        return held(fact, "a name given to a piece of the work in quotation marks")
    if not fact.fragment or not fact.text.islower():
        return fact
    if len(fact.text.split()) > _TERM_WORDS:
        return fact
    if _CALLS_ALL.search(text, max(0, opens - 30), opens):
        return held(fact, "a word of address in quotation marks")
    if fact.source in _NO_ONE_NAMED and _WHICH_CALLS.search(text, max(0, opens - _REACH), opens):
        return held(fact, "a name given to a thing in quotation marks")
    called = _CALLS_A.search(text, max(0, opens - 24), opens)
    if called is None or _BY_AFTER.match(text, quote.end):
        return fact
    if _WHAT_CALLS.search(text, max(0, called.start() - _REACH), called.start()):
        return fact
    return held(fact, "a term in quotation marks")
