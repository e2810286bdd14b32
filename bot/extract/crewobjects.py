"""A verb given to someone else, for :mod:`bot.extract.crewleavers`.

A maker who asks, wants or hires another to do a job hands the verb to that other person:
"A, who wrote the screenplay, asked him to direct", "B wanted her to direct the film", "C
persuaded them to produce the series" (invented examples). The object pronoun just before
"to" is whoever does the job, so the name before the asking verb takes no credit from it.

A participle set off after a who-clause that ends on another name is that name's: in "A, who
directs from a script by B, adapting her own novel" (invented) the adapting is B's, the nearer
name and the agent of the clause; a finite verb there ("A, who was hired by B, wrote the
script") stays A's, and so does a participle after a passive said of A ("A, who was hired by B,
writing and directing").
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_OBJECT_TO = lazy_pattern(r"[ ](?:him|her|them|me|us|you)[ ](?:also[ ])?to[ ]$")
"""An object pronoun and "to" just before the verb: "asked him to ", "wanted her to "."""
_NAME_CLOSES_CLAUSE = lazy_pattern(
    r"^(?:,|[ ][–—])[ ]who(?:se)?\b(?![ ](?:is|was|were|are|(?:has|have|had)[ ]been)[ ]"
    rf"(?:[a-z]+[ ]){{1,2}}by[ ]).*[ ]by[ ]{NAME},[ ]$"
)
"""A who-clause set off after the names, ending on another's name after "by" (an agent, so a
person, where "whose films include A and B, directing" ends on a title and hands the verb back);
not a passive said of the names ("A, who was hired by B, writing and directing": the names'
own participle, the one after "by" only acting on them)."""
_PARTICIPLE = lazy_pattern(r"[a-z]+ing\b")


def given_to_another(chunk: str, end: int, verb: int) -> bool:
    """Whether the words from ``end`` (after the names) to ``verb`` hand the verb to an object
    pronoun ("..., asked him to direct"), or make it a participle after a who-clause that ends
    on another name ("..., who directs from a script by B, adapting"): not the names' own."""
    return _OBJECT_TO.search(chunk, end, verb) is not None or (
        _PARTICIPLE.match(chunk, verb) is not None
        and _NAME_CLOSES_CLAUSE.match(chunk[end:verb]) is not None
    )
