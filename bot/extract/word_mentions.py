"""A word or a phrase named as such: "banned him from saying the word “reboot”", "the
phrase ‘soft launch’ keeps coming up", "the term “lantern bingeing”". The marks show which words
are meant, not what anyone said with them: whoever the sentence is about, the words are no
quote, and they are held."""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_NAMED_AS_WORDS = lazy_pattern(
    r"\b(?:the|that|this|a|an)[ ](?:very[ ]|actual[ ]|same[ ]|dreaded[ ]|banned[ ])?"
    r"(?:word|term|phrase|expression|label|catchword|buzzword)[ ]$"
)
"""A noun that names words as words straight before the marks ("the word “...”"); not "the
words", which carry what a post or a card says ("posted a selfie with the words “...”")."""
_SAID_AS_WORDS = lazy_pattern(
    r"(?<!not[ ])(?<!never[ ])\b(?:said|says|saying|chose|chooses|picked|uttered|utters|"
    r"offered|offers|went[ ]with|goes[ ]with)[ ](?:the|that|this|a|an)[ ][a-z ]*$"
)
"""A word someone says or chooses, named as a word ("summed it up in a word, saying the word
“brutal”"): named, and also said, so theirs; not one they are kept from using."""
_NAMED_THEN_GIVEN = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]hat)[ ](?:word|term|phrase|expression|label|catchword|buzzword)"
    r"(?:[ ](?!from\b)[\w’'-]+){1,5}?[ ](?:is|was|has[ ]been|had[ ]been)[ ]*[:,]?[ ]*$"
)
"""A noun that names words as words, what it is said of, then a copula straight before the marks
("the phrase everyone reached for was “...”", "the word on every poster is “...”"): the marks
give which phrase is meant; held only when no one the article describes is credited ("the
phrase she kept using was “...”" is hers, and "the word from the studio is “...”" a report)."""
_OWN_WORD_SAID = lazy_pattern(
    r"\b(?:I|[Ww]e|[Yy]ou)(?:[’']ve|[’']d|[ ]have|[ ]had|[ ]once|[ ]always|[ ]never)?"
    r"[ ](?:said|say)[ ]$"
)
"""A word the speaker of an answer says they have said ("I’ve said “never” before"): one word in
marks inside their own words, named as a word, whoever it is credited to; the answer around
it is the quote."""
_MOST_WORDS = 3
"""The most words a mention names; past that, the marks carry a saying."""
_REACH = 40
_GIVEN_REACH = 90
_DOUBT = "a word named as a word, not said"


def held_if_word_mentioned(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a word or two in marks are named as words ("the word “...”"), unless
    someone says or uses them, or, credited to no one, are given as what such a word is ("the
    phrase everyone used was “...”")."""
    if not fact.served or quote.start < 1 or len(fact.text.split()) > _MOST_WORDS:
        return fact
    mark = quote.start - 1
    if faceless(fact) and _NAMED_THEN_GIVEN.search(text, max(mark - _GIVEN_REACH, 0), mark):
        return held(fact, _DOUBT)
    if len(fact.text.split()) == 1 and _OWN_WORD_SAID.search(text, max(mark - _REACH, 0), mark):
        return held(fact, _DOUBT)
    found = _NAMED_AS_WORDS.search(text, max(mark - _REACH, 0), mark)
    if found is None or _SAID_AS_WORDS.search(text, max(found.start() - 20, 0), mark):
        return fact
    return held(fact, _DOUBT)
