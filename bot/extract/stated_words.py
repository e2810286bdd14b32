"""Words a text reports about someone: "Lumen's statement said Ada “...”", "the studio's
announcement says that Tom “...”".

The person named between the text and the quotation is who the words are about, not who wrote
them: they are the text's owner's (a company, a person the article knows), and when the owner
cannot be placed, no one's, never the person named or the sentence before's subject.
"""

from __future__ import annotations

from bot.extract.relative_sayers import relative_sayer
from bot.extract.speakers import Resolver, Speaker
from bot.extract.whom_says import whom_says
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_TEXTS = ("statement", "announcement", "release", "post", "message", "note", "tweet", "email")
_STATED = lazy_pattern(
    r"(?P<text>(?:(?:[A-Z][\w&.-]*[ ]){0,3}?[A-Z0-9][\w&.-]*|[Tt]he[ ](?:[a-z]+[ ])?[a-z]+)"
    r"(?:[’']s|(?<=s)[’'])[ ]"
    r"(?:[a-z][\w-]*[ ]){0,2}?(?:statement|announcement|press[ ]release|post|message|note|"
    r"tweet|email))[ ](?:said|says|read|reads|stated|states|added|adds)(?:[ ]that)?"
    r"[ ](?:[A-Z][\w’'-]*[ ]){1,3}$"
)
_OWNER = lazy_pattern(r"(?:[’']s|(?<=s)[’'])[ ]")
_NUMBERED = lazy_pattern(r"[ ]\d{1,2}$")


def stated_by(resolver: Resolver, pre: str, offset: int) -> Speaker | None:
    """The owner of the text whose report names someone right before the quotation, or no one
    (an unattributed speaker) when the owner cannot be placed; None when no such text."""
    if not any(word in pre for word in _TEXTS):
        return None
    found = _STATED.search(pre[-160:])
    if found is None:
        return None
    owner = resolver.who(found["text"], offset, "")
    if (
        owner is not None
        and owner.source is SourceKind.PERSON
        and found["text"][:4] in {"The ", "the "}
    ):
        owner = None  # "the studio's statement": a company's, whoever it was found to be
    if owner is None or not owner.name:
        name = _OWNER.split(found["text"])[0]
        if _NUMBERED.search(name) is not None:  # "Channel 9": no person's name has a number
            return Speaker(name, SourceKind.ORGANISATION, found["text"])
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    return Speaker(owner.name, owner.source, found["text"])


def stated(resolver: Resolver, pre: str, pre_start: int, offset: int) -> Speaker | None:
    """The owner of a text reporting on someone (see :func:`stated_by`), else the person "whom"
    a clause says spoke (:func:`bot.extract.whom_says.whom_says`), else the name a "who said:"
    clause hangs on (:func:`bot.extract.relative_sayers.relative_sayer`)."""
    return (
        stated_by(resolver, pre, offset)
        or whom_says(resolver, pre, pre_start)
        or relative_sayer(resolver, pre, pre_start)
    )
