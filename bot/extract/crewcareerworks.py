"""A crew profile's career line that credits another work's maker, for
:mod:`bot.extract.crewelsewhere`.

A composer's or cinematographer's profile runs through the subject's earlier and next jobs,
each set as a work by its channel's possessive or its kind ("She has since scored Sky’s The
Tin Lid, directed by Ada Vale", "her breakthrough was the 2019 feature Saltreed, directed by Tom
Reed", "his breakthrough was Saltreed, the Irish drama directed by Tom Reed", "she lit Sky’s
Copper Sound, working under director Ada Vale", "prepping the feature Salt Year for director Tom
Reed"; invented examples). Whom the credit names made that work,
not ours: such a sentence credits nothing of the article's production.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.extract.cues import hint
from bot.extract.lexicon import CHANNEL, GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_TITLE = rf"(?P<title>{WORK_TITLE})"
_MADE_BY = r"\b(?:directed|written|created|produced|shot|scored)[ ]by[ ]"
_BETWEEN = r"(?:(?!,[ ](?:plays|play|is|was|who|stars|and)\b)[^.;:()“”\"]){0,80}?"
"""What may stand between a work and its maker: not a new clause on someone else (", plays Mira's
father in the film directed by": the film is ours)."""
_SET = (
    rf"(?:\b{CHANNEL}(?:[ ][A-Z0-9][\w+]*){{0,2}}[’']s[ ]"
    rf"|\b(?:the|a|an)[ ](?:(?:\d{{4}}|[a-z-]+|[A-Z][a-z]+)[ ]){{0,2}}"
    rf"(?:{GENRE_NOUNS}|feature|play|adaptation|(?:production|staging|revival)[ ]of)[ ])"
)
"""A work set by its channel's possessive or its kind, before its title: "Sky’s ", "the 2019
feature "."""
_FOR_MAKER = (
    r"for[ ](?:the[ ])?(?:[A-Z][\w-]*[ ])?(?:director|writer|creator|showrunner|filmmaker)[ ]"
)
_CREDIT_AFTER = lazy_pattern(
    rf"{_SET}{_TITLE}(?:[ ]\(\d{{4}}\)|[ ](?:at|in)[ ][^,.;:()“”\"]{{1,40}}?)?"
    r"(?:,[ ](?:(?:directed|written|created|produced)[ ]by|working[ ](?:under|with|for))[ ]"
    r"|[ ]for[ ](?:the[ ])?(?:director|writer|creator|showrunner)[ ])"
)
"""A work set by its channel or kind, then its maker: "Sky’s The Tin Lid, directed by ", "the
2019 feature Saltreed, directed by ", "the feature Salt Year for director ", "a production of
Saltreed at the Old Vic, directed by " (a stage credit, told with its venue)."""
_CLAUSED_FOR = lazy_pattern(
    rf"{_SET}{_TITLE}(?:[ ][a-zà-ÿ][\w’'-]*){{0,3}},[ ](?:in|on)[ ]which[ ]"
    rf"{_BETWEEN}[ ]{_FOR_MAKER}"
)
"""A work set by its kind, a clause on someone's part in it, then whom it was made for: "a
conflict with the Danish feature Salt Year, in which she plays the lead, for director " (that
work's director; a title may run on in lower case: "Nuit blanche")."""
_APPOSED_KIND_THAT = lazy_pattern(
    rf"{_TITLE},[ ](?:the|a|an)[ ](?:(?:\d{{4}}|[a-z-]+)[ ]){{0,3}}(?:{GENRE_NOUNS}|feature|play)"
    rf"[ ](?:that|which)[ ]{_BETWEEN}{_MADE_BY}"
)
"""A work, an apposition telling its kind, and a clause on how it was made: "her debut, Saltreed,
the 2019 coastal drama that starred Ada Vale and was shot by "."""
_APPOSED_KIND_BY = lazy_pattern(
    rf"{_TITLE},[ ](?:the|a|an)[ ](?:19|20)\d\d[ ](?:(?:\d{{1,2}}|[a-z-]+|[A-Z][\w+]*)[ ]){{0,3}}"
    rf"(?:{GENRE_NOUNS}|feature|play)[ ]{_MADE_BY}"
)
"""A work, an apposition telling its year, channel and kind, then its maker: "his break came with
Saltreed, the 2019 Channel 4 comedy created by " (a career's earlier work, dated; undated, "Tide,
a Netflix film written by" is as often the article's own)."""
_CAREER_KIND_BY = lazy_pattern(
    rf"\b(?:breakthrough|break|debut|first[ ]job)[ ](?:was|came[ ](?:with|on))[ ]{_TITLE},[ ]"
    rf"(?:the|a|an)[ ](?:(?:[a-z-]+|[A-Z][\w+]*)[ ]){{0,3}}(?:{GENRE_NOUNS}|feature|play)[ ]"
    rf"{_MADE_BY}"
)
"""A career's earlier work told as such, an apposition telling its kind, then its maker: "his
breakthrough was Saltreed, the Irish drama directed by " (undated, but a break or a debut is
behind the subject)."""
_DATED_FOR = lazy_pattern(
    r"(?P<title>[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,5})[ ]\((?:19|20)\d\d\)[ ]"
    rf"{_FOR_MAKER}"
)
"""A dated earlier work, then whom it was made for: "a run of smaller features, among them Salt
Weir (2021) for the Danish director " (that work's director)."""
_PLAYED_IN = lazy_pattern(
    rf"\b(?:played|starred[ ]as|voiced)[ ](?:[A-Z][\w’'-]*[ ]){{1,3}}in[ ]{_TITLE},[ ]{_MADE_BY}"
)
"""An actor's earlier part in another work, then that work's maker: "Vale played Mira in
Saltreed, directed by " (Saltreed's director, not ours)."""
_SHOOTS_FOR = lazy_pattern(
    rf"\b(?:shoots|shot|will[ ]shoot|is[ ]shooting|lights|lit|scores|scored|will[ ]score"
    rf"|edits|edited)[ ]{_TITLE}[ ]{_FOR_MAKER}"
)
"""A crew profile's next or past job, the work's maker after "for": "next she shoots Salt Year
for the Welsh director " (that work's director)."""
_JOINED_AS = lazy_pattern(
    rf"\b(?:joined|was[ ]cast[ ]in)[ ]{_TITLE}[ ]as[ ](?:[A-Z][\w’'-]*[ ]?)+,?{_BETWEEN}{_MADE_BY}"
)
"""An actor's earlier part in a work, then its maker: "In 2023 Ada Vale joined Saltreed as Mira
Holt, in the specials written by "."""


_MADE_BY_HINT = hint(
    "directed by ", "written by ", "created by ", "produced by ", "shot by ", "scored by "
)
"""Words that :data:`_MADE_BY` needs: a test before the patterns that end with it."""
_CREDIT_AFTER_HINT = hint(
    *("directed by ", "written by ", "created by ", "produced by ", ", working "),
    *(
        f" for {the}{job} "
        for the in ("", "the ")
        for job in ("director", "writer", "creator", "showrunner")
    ),
)
"""Words that :data:`_CREDIT_AFTER`'s ending needs: a test before the pattern."""


def _tried(chunk: str) -> Iterator[re.Pattern[str]]:
    """The patterns that may match ``chunk``: each one's words (a necessary condition) held."""
    if _CREDIT_AFTER_HINT.search(chunk):
        yield _CREDIT_AFTER
    if _MADE_BY_HINT.search(chunk):
        if " that " in chunk or " which " in chunk:
            yield _APPOSED_KIND_THAT
        yield _APPOSED_KIND_BY
        if "break" in chunk or "debut" in chunk or "first job" in chunk:
            yield _CAREER_KIND_BY
        if "joined " in chunk or "was cast in " in chunk:
            yield _JOINED_AS
        if " in " in chunk:
            yield _PLAYED_IN
    if " which " in chunk and " for " in chunk:
        yield _CLAUSED_FOR
    if ") for " in chunk:
        yield _DATED_FOR
    if " for " in chunk:
        yield _SHOOTS_FOR


def career_credits(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences that credit another work's maker (see above)."""
    if " by " not in doc.text and " for " not in doc.text and " under " not in doc.text:
        return set()
    return {
        view.span.start
        for view in doc.views
        if any(
            not names_ours(m["title"])
            for pattern in _tried(view.chunk)
            for m in pattern.finditer(view.chunk)
        )
    }
