"""Another work named only inside an aside on a person, for :mod:`bot.extract.cast`: "X, best
known as Y in Lumen, as Mira", "X, who starred in Lumen, plays Mira" and "X, best known as Y in
ITV's Lumen, joins as Mira" credit Mira to our production; the aside opens straight after the
actor's name and closes before the part's verb.
So does the aside on the sentence's subject in trade news: "Vale, a nominee for the drama Lumen,
joins Tom Reed, who plays Wren": the main clause after it is about ours again.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_PART_VERB = lazy_pattern(
    r"(?:(?:will|now|also)[ ])?(?:as|plays?|playing|portrays?|stars[ ]as"
    r"|(?:joins|joined|is[ ]cast|has[ ]been[ ]cast|comes[ ]in|steps[ ]in)[ ]as"
    r"|is[ ](?:(?:a|an)[ ])?[a-z]{3,}[ ](?:here|now|again|this[ ]time)[ ]as)[ ]"
)
"""The part's verb after the aside closes: "plays", "joins as", or a verdict on this turn told
apart from the aside's other work by "here" or "this time" ("is superb here as")."""


def aside_work(chunk: str, other: int, actor: str, start: int, end: int) -> bool:
    """The other work at ``other`` lies in an aside between the actor and the part's verb."""
    if not start < other < end or not chunk.startswith(", ", start + len(actor)):
        return _after_subject_aside(chunk, other, start)
    close = chunk.find(", ", other, end)
    return close >= 0 and _PART_VERB.match(chunk, close + 2) is not None


LOOSE_ASIDE = (
    r"[a-z]+[ ]as[ ](?:a|an)[ ][a-z][^,.;:()“”\"]{1,30}"
    r"|fresh[ ](?:from|off)[ ][^,.;:()“”\"]{1,80}"
    r"|seen[ ](?:last|this|earlier[ ]this)[ ](?:year|month|spring|summer|autumn|winter)[ ]"
    r"(?:in|on|as)[ ][^,.;:()“”\"]{1,80}"
    r"|(?:discovered|spotted|found|raised|born|trained|signed)[ ](?:at|in|by|on|through|from|"
    r"during|after)[ ][^,.;:()“”\"]{1,60}"
    r"|(?:nominated|shortlisted|longlisted)[ ]for[ ][^,.;:()“”\"]{1,60}"
    r"|(?:best[ ]|widely[ ])?known[ ](?:[a-z]+ly|to[ ][^,.;:()“”\"]{1,30}?)[ ](?:as|for)[ ]"
    r"[^,.;:()“”\"]{1,80}"
    r"|(?:so[ ]|ever[ ]|most[ ])?(?:memorable|unforgettable)[ ](?:as|in)[ ][^,.;:()“”\"]{1,80}"
    r"|(?:so|just[ ]as|as|equally|always)[ ](?:good|great|brilliant|fine|superb|terrific|"
    r"moving|funny|magnetic|compelling)[ ](?:as|in)[ ][^,.;:()“”\"]{0,80}"
    r"|in[ ](?:her|his|their)[ ](?:first|second|third|latest|biggest|debut)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:role|part|outing|turn)(?:[ ](?:in|for|since)[ ][^,.;:()“”\"]{1,30})?"
)
"""An aside after an actor's name that is a simile, a past participle or what an audience knows
them for ("X, dry as a bone, is a delight as Y"; "X, discovered at an open casting call, plays
Y"; "X, nominated for supporting actor, plays Y"; "X, best known to viewers as Z in Lumen,
plays Y"; "X, so memorable as Z in Lumen, plays Y"; "X, fresh from her run in Z, plays Y"; "X,
seen last year in Z as W, is cast as Y"; praise of another turn, "X, so good as Z in Lumen,
plays Y", or where this turn stands in their career, "X, in her first screen role in a decade,
plays Y"): the part after it is theirs."""


_SUBJECT_ASIDE = lazy_pattern(
    rf"{NAME},[ ](?:a|an|the|(?:best[ ]|widely[ ])?known[ ](?:as|for)|last[ ]seen[ ](?:as|in))"
    r"[ ][^,;:()“”\"]*"
)
"""A sentence's subject and the opening of its aside, up to the other work: "Vale, a Bafta
nominee for the drama Lumen", "Vale, best known as Ada in ITV's Lumen"."""
_MAIN_VERB = lazy_pattern(
    r"(?:(?:also|now|will|has|then)[ ])?(?:joins|joined|join|stars|plays|is)[ ]"
)
"""After the aside's closing comma, the main clause's verb (not "where", "who": still the aside)."""


def _after_subject_aside(chunk: str, other: int, start: int) -> bool:
    """The other work at ``other`` lies in the aside on the sentence's subject, which closes
    before the casting at ``start``."""
    aside = _SUBJECT_ASIDE.match(chunk)
    if aside is None or aside.end() < other:
        return False
    close = chunk.find(", ", other)
    return 0 <= close < start and _MAIN_VERB.match(chunk, close + 2) is not None


SUBJECT_ASIDE = (
    rf",[ ](?:{LOOSE_ASIDE}|(?:last|recently)[ ]seen[ ](?:as|in)[ ][^,.;:()“”\"]{{0,80}})"
    r"(?:[“\"][^“”\",]{1,40}[”\"])?,"
)
"""A whole aside of :data:`LOOSE_ASIDE`'s kind or "last seen as Z in “Lumen”", commas and all,
for forms that name the part after "is": "X, last seen as Z in “Lumen”, is Tom's brother Y"."""
