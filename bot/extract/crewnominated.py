"""A film's director told by its maker's possessive beside a director nomination, for
:mod:`bot.extract.crew`.

Awards pieces name the film by whose it is in the sentence that counts its nominations:
"X's Title picked up seven nods, including best director", "X's Belgian-Irish drama Title
led the field, including best director", "Title, X's drama about a ferry,
led with nine nominations including best director" (invented examples). The possessive is the
director's only when the title is the article's own and the sentence counts a director
nomination; another film's maker is no credit. A sentence opening on the article's own title may
list its categories with a writer: "Title is up across categories including adapted screenplay
for X".
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.castlastworks import TITLE_ARTICLES
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_DIRECTOR_NOD = lazy_pattern(
    r"\b(?:nominations?|nods?|nominated)\b[^.;:]{0,120}?\bincluding\b[^.;:]{0,80}?\bdirector\b"
)
_WORK = r"(?:[A-Z][\w’'-]*)(?:[ ](?:[A-Z][\w’'-]*|of|the|for|a|an|in|and|on)){0,5}"
_KIND = r"(?:[\w-]+[ ]){0,3}?(?:drama|film|thriller|comedy|documentary|feature|debut|western)[ ]"
"""What kind of film, between the possessive and the title: "X's Belgian-Irish drama Title"."""
_OPEN = r"[“‘\"']?"
_SHUT = r"[”’\"']?"
"""A title may be quoted: "X's “Title” picked up ...", "“Title”, X's drama about ..."."""
_BEFORE = lazy_pattern(rf"(?P<name>{NAME})[’']s[ ](?:{_KIND})?{_OPEN}(?P<work>{_WORK})")
_SCREENPLAY_FOR = lazy_pattern(
    rf"\bbest[ ](?:original[ ]|adapted[ ])?screenplay[ ]for[ ](?P<name>{NAME})(?![’']s\b)"
)
"""A writer nominated in the sentence that counts the film's director nomination."""
_AFTER = lazy_pattern(rf"^{_OPEN}(?P<work>{_WORK}){_SHUT},[ ](?P<name>{NAME})[’']s[ ][a-z]")


_OWN_FIRST = lazy_pattern(rf"^{_OPEN}(?P<work>{_WORK}){_SHUT}[ ,]")
_CATEGORIES = lazy_pattern(r"\b(?:categories|nominations?|nominated|nods?|shortlisted)\b")
_TYPED_SCREENPLAY_FOR = lazy_pattern(
    rf"\b(?:adapted|original)[ ]screenplay[ ]for[ ](?P<name>{NAME})(?![’']s\b|[ ]and[ ][A-Z])"
)
"""A writer in the categories our title is put up in: "Title has been submitted across
categories including adapted screenplay for X" (the sentence opens on the article's title)."""


_PUT_UP = lazy_pattern(
    r"\b(?:is|are|(?:has|have)[ ]been)[ ](?:up|shortlisted|nominated|in[ ]the[ ]running)[ ]for\b"
)
"""The work put up for categories now (a past nomination may be the earlier series')."""
_ANOTHER = lazy_pattern(
    r";|[ ](?:while|whereas|but|against|alongside|versus|vs|as[ ](?:is|are|does|do)|ahead[ ]of"
    r"|beside|rivals?|whose|which|where)\b"
)
"""Where the sentence turns to another nominee ("..., while Rival is up for director for X",
"against Rival, whose nods include ..."): its categories are no longer the work's."""
_FOR_PERSON = lazy_pattern(
    rf"(?<![\w-])(?<![’'][s][ ])(?:(?:best|outstanding)[ ])?"
    rf"(?P<cat>[Ww]riter|[Ss]creenwriter|[Dd]irector)(?:[ ]for[ ]"
    rf"(?P<name>{NAME})(?![’']s\b|[ ]and[ ][A-Z])|[ ]\((?:for[ ])?(?P<bracketed>{NAME})\))"
)
"""A person's category among those the work is put up for: "best writer for X", "Director (Y)",
"Director (for Y)" (a nominee's bracket); never another's ("Rival’s writer for X")."""
_THE_WORK = lazy_pattern(r"^(?:The|Our|This)[ ](?:film|series|show|feature|drama)\b")


def categories_for(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The writer and director named in the categories the article's own work is put up for,
    the sentence opening on it ("The film, out since April, is up for best drama, best writer
    for X and director for Y", invented): the work's own makers, nominated for it."""
    put_up = _PUT_UP.search(chunk) if " for " in chunk else None
    if put_up is None:
        return
    own = _OWN_FIRST.match(chunk)
    if _THE_WORK.match(chunk) is None and (own is None or not _own(own["work"], context)):
        return
    turn = _ANOTHER.search(chunk, put_up.end())
    for match in _FOR_PERSON.finditer(chunk, put_up.start(), turn.start() if turn else len(chunk)):
        name = match["name"] or match["bracketed"]
        if not context.is_ours(name):  # "Director (Title)": the work, no person
            role = CrewRole.DIRECTOR if match["cat"].lower() == "director" else CrewRole.WRITER
            yield name, role


def nominated_makers(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The maker named by possessive for the article's own title, in a sentence counting a
    director nomination, and a screenplay nominee the same sentence names."""
    yield from categories_for(chunk, context)
    if "screenplay for " in chunk and _CATEGORIES.search(chunk) is not None:
        own = _OWN_FIRST.match(chunk)
        if own is not None and _own(own["work"], context):
            yield from ((m["name"], CrewRole.WRITER) for m in _TYPED_SCREENPLAY_FOR.finditer(chunk))
    if "director" not in chunk or _DIRECTOR_NOD.search(chunk) is None:
        return
    after = _AFTER.match(chunk)
    makers = [after] if after is not None and _own(after["work"], context) else []
    makers += [match for match in _BEFORE.finditer(chunk) if _own(match["work"], context)]
    yield from ((match["name"], CrewRole.DIRECTOR) for match in makers)
    if makers:  # "..., including best director and best screenplay for Y": the same film's
        yield from ((m["name"], CrewRole.WRITER) for m in _SCREENPLAY_FOR.finditer(chunk))


def _own(work: str, context: Context) -> bool:
    """The article's own title (or, with none found, the headline's), by a word of its own (an
    article or a small word shared with another title is no match)."""
    words = " ".join(
        word for word in work.split() if word[0].isupper() and word not in TITLE_ARTICLES
    )
    return context.is_ours(words) or (not context.ours and context.is_known(words))
