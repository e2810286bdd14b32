"""Words a pronoun gives about someone named just before it: "opposite Vale, whom she describes
as “...”" are the pronoun's (the person the text is about), never Vale's."""

from __future__ import annotations

from bot.extract.for_whom import for_whom
from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_WHOM = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]whom?[ ](?P<pronoun>he|she|they)[ ](?:has[ ]|had[ ]|once[ ]|often[ ])?"
    r"(?:describes|described|calls|called|dubs|dubbed|labels|labelled|remembers|remembered|"
    r"recalls|recalled)(?:[ ]as)?[ ]*$"
)


def whom_says(resolver: Resolver, pre: str, start: int) -> Speaker | None:
    """The speaker of a quote after "X, whom she describes as" (``pre`` starts at ``start``):
    whoever the pronoun stands for before the sentence, or no one if that is X; or the person
    a sentence opens with, for how something felt to them (:mod:`bot.extract.for_whom`)."""
    if (felt := for_whom(resolver, pre, start)) is not None:
        return felt
    if ", whom " not in pre and ", who " not in pre:
        return None
    match = _WHOM.search(pre)
    if match is None:
        return None
    found = resolver.who(match["pronoun"], start, "")
    described = resolver.people.resolve(match["name"], first_name=True)
    if found is None or found.source is not SourceKind.PERSON or found.name == described:
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    return Speaker(found.name, found.source, match.group().strip(" ,"))
