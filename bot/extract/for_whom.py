"""Words a sentence gives as how something felt to someone it opens with: "For Vale, going back
to the part felt like “...”" are Vale's own (the writer reports her feeling in her words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.names import NAME
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_FOR_WHOM = lazy_pattern(
    rf"[ “”\"‘’']*For[ ](?P<name>{NAME}),[ ][^,;:“”\"]{{1,80}}?[ ]"
    r"(?:felt|feels|seemed|seems|was|is|has[ ]been|had[ ]been)(?:[ ]like|[ ]as[ ]if)?[ ]*$"
)


def for_whom(resolver: Resolver, pre: str, start: int) -> Speaker | None:
    """The person a sentence opens with ("For Vale, ...") when the words in marks are how it
    felt to them; None unless the name is a person the article knows."""
    if "For " not in pre[:8]:
        return None
    match = _FOR_WHOM.match(pre)
    if match is None:
        return None
    found = resolver.who(match["name"], start, "")
    if found is None or found.source is not SourceKind.PERSON:
        return None
    return found if resolver.people.knows(found.name) else None
