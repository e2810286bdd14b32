"""Words introduced as someone's own by a possessive and a colon: "X’s parting words: “...”",
"here is the studio’s statement in full: “...”".

The owner is the speaker when the article can place them (a person it knows, a company); an
owner it cannot place leaves the words to no one, never to the sentence before.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME

_OWNED_WORDS = lazy_pattern(
    rf"(?:^|[ ,(])(?P<owner>{NAME})(?:[’']s|(?<=s)[’'])[ ](?:[a-z][\w-]*[ ]){{0,2}}?"
    r"(?:words|statement|message|reply|response|answer|verdict|advice|note|plea|farewell|"
    r"sign-off|tribute|promise|warning|caption|post|tweet|synopsis|logline|blurb|tagline)"
    r"(?:[ ](?:in[ ]full|today|tonight|yesterday|read|reads|were|was|are|is))?[ ]*:[ ]*$"
)


_WORDS_FROM = lazy_pattern(
    r"(?:^|[ ,(])(?:[Tt]he|[Aa]n?)[ ](?:[a-z][\w-]*[ ]){0,2}?(?:statement|message|note|reply|"
    rf"response|tribute|post|caption|synopsis|logline|blurb|tagline)[ ]from[ ](?P<owner>{NAME})"
    r"(?:[ ](?:in[ ]full|read|reads|said|says|was|is))?[ ]*:[ ]*$"
)
"""The same words owned by "from": "The statement from Gorsefield: “...”"."""


_PRONOUN_OWNED = lazy_pattern(
    r"^[ ]*(?:(?:[Ff]rom|[Ii]n)[ ])?(?P<owner>[Hh]is|[Hh]er)[ ](?:own[ ]|official[ ]|farewell[ ]|"
    r"parting[ ]|full[ ]|short[ ]|latest[ ])?(?:statement|message|caption|post|tweet|note|reply|"
    r"tribute|farewell)[ ]*:[ ]*$"
)
"""A sentence that opens with the words' owner as a possessive pronoun: "His caption: “...”",
"From her statement: “...”" (whoever the pronoun is, as for "he said")."""
_SUBJECT = {"his": "he", "her": "she"}


def words_owner(pre: str) -> str | None:
    """The owner named by a possessive right before the colon that opens the quote, if any: a
    name, or "he" or "she" for a sentence opened by "His caption:" (see above)."""
    if ("is " in pre or "er " in pre) and (mine := _PRONOUN_OWNED.match(pre)) is not None:
        return _SUBJECT[mine["owner"].lower()]
    if " from " in pre and (found := _WORDS_FROM.search(pre[-160:])) is not None:
        return found["owner"]
    if "s’" not in pre and "s'" not in pre and "’s" not in pre and "'s" not in pre:
        return None
    found = _OWNED_WORDS.search(pre[-160:])
    return found["owner"] if found is not None else None
