"""A quote inside a sentence whose own named subject reports it is never the sentence before's.

"Lumen says the shoot starts in May, and the film is “due in the spring”" gives the words to
Lumen or to no one; the creator the sentence before was about ("Ada Vale is back too") did not
say them. A pronoun's report ("She says the shoot starts in May, and it is “...”") still looks
back, for whom the pronoun stands."""

from __future__ import annotations

from bot.extract.lexicon import REPORTING_VERBS
from bot.extract.subjects import CITED_TEXT, ORG_NOUN
from bot.lazy_patterns import lazy_pattern

_NAMED_REPORT = lazy_pattern(
    rf"(?<![\w’'-])(?<!\bof[ ])(?<!\band[ ])(?!(?:He|She|They|It|We|I|You)[ ])"
    rf"(?:[A-Z][\w’'-]*|\d{{1,2}})(?:,(?:[ ][a-z]+ly)?(?=[ ](?:told|said)[ ][a-z][^:]*$))?[ ]"
    rf"(?:(?:has|have|had|also|now)[ ])?{REPORTING_VERBS}\b(?![ ]*[:,])"
)
"""A named subject's report with words after it ("Channel 9 says filming ..."), perhaps after
the comma closing its apposition ("Her ex, Tom Reed, recently told a podcast she was “...”"),
never a name in an object ("the author of Tin Lane said:", whose speaker is found elsewhere)."""
_NAMED_STANCE = lazy_pattern(
    r"(?<![\w’'-])(?<!\bof[ ])(?<!\band[ ])(?!(?:He|She|They|It|We|I|You|The)[ ])"
    r"[A-Z][\w’'-]*[ ](?:(?:also|now|still)[ ])?"
    r"(?:expects|expected|predicts|predicted|forecasts|anticipates|anticipated|reckons|reckoned|"
    r"suggests|suggested|guesses|guessed|hopes[ ]for)[ ]"
)
"""A named subject's expectation with its object after it ("Reed expects a release “...”"):
the words are that subject's view, never the sentence before's speaker's ("Reed suggested it
would be “...”" is no longer the one quoted before going on)."""

_GROUP_REPORT = lazy_pattern(
    r"\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ss]ome|[Mm]any|[Oo]ther)[ ]"
    r"(?:[a-z-]+[ ])?[a-z][a-z-]+[^s\W]s[ ](?:(?:close|near)[ ]to[ ](?:him|her|them)[ ])?"
    rf"(?:(?:also|now|still)[ ])?(?:{REPORTING_VERBS}|insist|claim|admit|reckon)\b(?![ ]*[:,])"
)
"""An unnamed group's report with words after it ("but pals say he “...”", "his friends insist
she was “...”"): the words are the group's, never the one the report is about."""

_TOLD_TO_WRITER = lazy_pattern(
    r"\b(?:I|[Ww]e)(?:[ ](?:am|are|was|were|have[ ]been|had[ ]been)|[’'](?:m|re))[ ]told\b"
    r"|\b(?:I|[Ww]e)[ ](?:hear|gather)\b(?![ ]*[:,])"
)
"""The writer's hearsay ("the BBC will, I am told, slot it into “...”", "we hear it is “...”"):
the words are a source the writer does not name, never the one the sentence before was about."""

_BODY_REPORT = lazy_pattern(
    rf"[ ]*(?:[Tt]he|[Ii]ts)[ ](?:[\w’'-]+[ ]){{0,3}}?(?:{ORG_NOUN}|corporation|{CITED_TEXT})"
    rf"[ ](?:(?:also|now|later|has|had|once)[ ])?{REPORTING_VERBS}\b(?![ ]*[:,])"
)
"""A sentence opening on a company told by a common noun or on a text as its subject, with its
report ("The corporation described it as “...”", "The festival's newsletter called it “...”"): the
company's or the text's words, never those of the person the sentence before was about."""
_CITED_AFTER = lazy_pattern(
    r"[,.!?]?[ ]*,?[ ]*(?:[Aa]ccording[ ]to|per)[ ](?!(?:his|her|their|him|them)\b)\S"
)
"""A source cited straight after the words ("“...”, according to the venue's listing"): the
words are that source's, whether or not it resolves, never those of a person the sentence before
was about (a company there may be the source's own: "per the press office"); a source a pronoun
gives back to that person ("per his Insta") is theirs."""


def cited_after(masked: str, end: int) -> bool:
    """Whether the words after a quote's closing mark at ``end`` cite a source ("”, according
    to ...", "”, per ...")."""
    return _CITED_AFTER.match(masked, end) is not None


def reported_here(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` (a quote's sentence up to its mark) has a named subject
    reporting words ("Channel 9 says", "Tarrow told us", "but pals say"), a view ("Reed
    expects"), the writer's hearsay ("I am told"), or opens on a company told by a common noun
    or a text reporting ("The corporation described it as")."""
    reports = (_NAMED_REPORT, _NAMED_STANCE, _GROUP_REPORT, _TOLD_TO_WRITER)
    if _BODY_REPORT.match(masked, start, end) is not None:
        return True  # "The corporation described it as “...”": the company's
    return any(p.search(masked, start, end) is not None for p in reports)
