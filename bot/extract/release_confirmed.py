"""A time or a name the makers gave, told as theirs in an article of guesses ("release date
speculation"): "Netflix has said the film is coming in early 2026", "the studio has only
confirmed that it will arrive in 2026", "the streamer confirmed the film will be called X",
"Netflix revealed the title, X, on Monday".
News, not a guess, unless the sentence also guesses."""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_MAKER = (
    r"(?:\b(?!(?:No|Nobody|None|Neither|Nor)\b)[A-Z][\w+]*|\b(?:the|The)[ ](?:streamer|studio|"
    r"network|broadcaster|distributor|platform))"
)
"""Who may speak for the makers: a name, or "the streamer", "the studio"."""
_MAKERS = (
    _MAKER + r"[ ](?:(?:has|have)[ ]"
    r"(?:officially[ ]|already[ ]|only[ ])?"
    r"(?:said|confirmed|announced)|(?:officially[ ])?(?:confirmed|confirms|announced|announces))"
    r"[ ](?:that[ ])?"
    r"(?:it|the[ ](?:film|movie|series|show|season|finale|sequel))[ ]"
)
_SAID_WHEN = lazy_pattern(
    _MAKERS + r"(?:is[ ](?:coming|arriving|landing|out|due)|will[ ](?:arrive|land|premiere|"
    r"be[ ]released|be[ ]out|debut|launch|come|stream))[ ](?:to[ ]\w+[ ]|on[ ]\w+[ ])?in[ ]"
)
_SAID_NAME = lazy_pattern(_MAKERS + r"(?:will[ ]be|is)[ ](?:called|titled|named)[ ]")
_TITLE_REVEALED = lazy_pattern(
    _MAKER + r"[ ](?:has[ ])?(?:officially[ ])?(?:revealed|"
    r"announced|confirmed|unveiled)[ ]"
    r"(?:the[ ](?:(?:film|movie|series|show|sequel)['’]s[ ])?|its[ ])(?:official[ ])?"
    r"(?:title|name)\b"
    r"|\b(?:film|movie|series|show|sequel)['’]s[ ](?:official[ ])?(?:title|name),[ ][^,]{1,60},"
    r"[ ](?:was|has[ ]been)[ ](?:officially[ ])?(?:revealed|announced|confirmed|unveiled)\b"
)
"""A title the makers revealed: "Netflix revealed the title, X, ...", "The film's title, X, was
announced on ..."."""
_GUESSING = lazy_pattern(
    r"\b(?:think|guess|predict|reckon|bet|could|might|may|maybe|likely|probably|hope|hopes|"
    r"hoping|would|expect|expects|expected)\b|\bspeculat"
)
"""Words of a guess in the same sentence: then the fact may be the writer's, and stays held. A
maker is a name or "the streamer" that confirmed or announced, or has said: "has said" is an
official statement, a plain "X said" may be anyone's."""


_TOLD = ("said", "confirm", "announce", "reveal", "unveil")


def said_by_makers(fact: ReleaseFact) -> bool:
    """The makers told this window or title, and the sentence guesses nothing."""
    if not any(word in fact.evidence for word in _TOLD):
        return False
    if _GUESSING.search(fact.evidence) is not None:
        return False
    if fact.kind is ReleaseKind.TITLE:
        return (
            _SAID_NAME.search(fact.evidence) is not None
            or _TITLE_REVEALED.search(fact.evidence) is not None
        )
    return (
        fact.kind is ReleaseKind.WINDOW
        and not fact.hedged
        and _SAID_WHEN.search(fact.evidence) is not None
    )
