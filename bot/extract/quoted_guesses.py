"""A date phrase in marks that someone guesses or predicts: a hedge, no one's quote.

"Some fan accounts have been predicting “early 2026”", "readers keep tipping “spring 2027”": the
marks fence a date phrase the writer calls a guess, not words anyone is quoted saying; so too a
date long repeated as a promise ("after a year of “coming in 2027”"). Held only
when the marks hold nothing but a date phrase (a year, perhaps after early, mid or late, a season
or a month) and a verb of guessing comes straight before them.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_NAME, SEASON_NAME
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

GUESSED_DATE = "a date phrase guessed in quotation marks"
_DATE_PHRASE = lazy_pattern(
    r"(?:(?:coming|out|due|back|arriving)[ ])?"
    rf"(?:(?:in|by|around|for)[ ])?(?:(?:early|mid|late)[ -](?:{SEASON_NAME}[ ])?|"
    rf"(?:{SEASON_NAME}|{MONTH_NAME})[ ](?:of[ ])?)?(?:19|20)\d\d[.,!?]?",
    re.IGNORECASE,
)
"""The words inside the marks: "early 2026", "mid-2027", "spring 2026", "in late autumn 2026",
perhaps as a promise of arrival ("coming in 2026", "due spring 2027")."""
_GUESSING = lazy_pattern(
    r"\b(?:predict|predicts|predicted|predicting|guess|guesses|guessed|guessing|tip|tips|tipped|"
    r"tipping|speculate|speculates|speculated|speculating|bet[ ]on|bets[ ]on|betting[ ]on|"
    r"banking[ ]on|touting|touted|circling|circle|circled|"
    r"(?:speak|speaking|talk|talking|whisper|whispering)"
    r"(?:[ ](?:already|now|still|openly|confidently))?[ ](?:of|about)|"
    r"\b(?:a|one|two|three|several|many|endless)[ ](?:years?|months?|weeks?)[ ]of)[ ]*[,:]?[ ]*$"
)
"""A verb of guessing straight before the marks: "predicting “", "tipped “", "circling “"
(never "eyeing", a studio's own plan), "fan sites speak already of “", "amid talk of “" (chatter
about a date; never "she speaks of", which may report one person's own words), or a stretch of
time spent on the phrase ("after a year of “", "two months of “": a date long repeated as a
promise, no one's words)."""
_REACH = 40


def held_if_guessed_date(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are only a date phrase that someone guesses (see above)."""
    if not fact.served or _DATE_PHRASE.fullmatch(doc.text[quote.start : quote.end].strip()) is None:
        return fact
    opens = max(quote.start - 1, 0)  # the opening mark
    if _GUESSING.search(doc.text, max(opens - _REACH, 0), opens) is None:
        return fact
    return held(fact, GUESSED_DATE)
