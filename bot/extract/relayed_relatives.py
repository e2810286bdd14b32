"""Words a sayer relays from someone their clause names, for :mod:`bot.extract.attribution`:
"Vale said the idea came from her uncle, who used to warn her that “...”" are the uncle's words,
which Vale only repeats; the quote is never Vale's."""

from __future__ import annotations

from bot.extract.lexicon import REPORTING_VERBS
from bot.lazy_patterns import lazy_pattern

_RELAYED = lazy_pattern(
    rf"\b{REPORTING_VERBS}\b(?![ ](?:[A-Z][\w’'-]*[ ]){{0,3}}[A-Z][\w’'-]*,[ ]who\b)"
    rf"[^.;:“”\"]{{1,120}}?[a-z],[ ]who[ ](?:[a-z]+[ ]){{0,3}}?"
    r"(?:warn|warned|warns|tell|told|tells|say|said|says|remind|reminded|reminds|insist|insisted"
    r"|insists|promise|promised|promises)(?:[ ](?:her|him|them|me|us|everyone))?"
    r"(?P<end>[ ]that[ ]*|[ ]?[,:][ ]*)$"
)
"""A reported clause naming someone, then that someone's own "who ... told her that" running up
to the quote ("said it came from her grandmother, who used to tell her that"); not the sayer's
own clause right after the verb ("said Ada Vale, who told us that": her words). Their own words
may follow the verb itself ("tells a story about her aunt, who would say, ‘...’")."""


def relayed_relative(pre: str) -> bool:
    """The quote after ``pre`` is the words of someone a reported clause names in passing."""
    return ", who " in pre and _RELAYED.search(pre) is not None


def relative_says(pre: str) -> bool:
    """The quote after ``pre`` follows the relayed one's own "who used to say," with no "that":
    the words themselves, so theirs whoever the sentence's subject is ("She tells a story about
    her aunt, who would say, ‘...’")."""
    found = _RELAYED.search(pre) if ", who " in pre else None
    return found is not None and "that" not in found["end"]
