"""A part that "went to" an actor, for :func:`bot.extract.extract_facts`.

"The part of Mira eventually went to Ada Vale." casts Ada Vale as Mira. "The role of Mira had
originally gone to an older actor, Tom Reyes, who left in May." casts Tom Reyes as Mira, former:
the part first went to them, or they left. A part known in full elsewhere in the article takes
its full name ("Mira" is the Mira Holt cast before).
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_WENT_TO = lazy_pattern(
    rf"\b(?:part|role)[ ]of[ ](?P<part>{NAME})[ ](?:had[ ]|has[ ])?(?P<when>(?:originally|"
    r"initially|first|eventually|finally|later|now|since|instead)[ ])?(?:went|gone|passed)[ ]to"
    r"[ ](?:(?:an?|the)[ ](?:[a-z-]+[ ]){0,3}(?:actor|actress|performer|newcomer|star),[ ])?"
    rf"(?P<actor>{NAME})(?P<after>[^.;]{{0,40}})"
)
_FIRST = frozenset({"originally", "initially", "first"})
_LEFT = lazy_pattern(
    rf"^,?[ ](?:who|but)[ ](?:later[ ]|then[ ])?(?:{LEFT_VERBS}|had[ ]to[ ](?:leave|drop[ ]out))\b"
)


def parts_given(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each "the part of X went to Y" the other forms did not already find."""
    if " went to " not in doc.body and " gone to " not in doc.body:
        return cast
    found = list(cast)
    for view in doc.views:
        if " to " not in view.chunk:
            continue
        for match in _WENT_TO.finditer(view.chunk):
            actor = people.resolve(match["actor"])
            if actor is None or not is_full(actor):
                continue
            part = _full_part(match["part"], found)
            first = (match["when"] or "").strip() in _FIRST
            left = _LEFT.match(match["after"]) is not None
            status = CastStatus.FORMER if first or left else CastStatus.CURRENT
            same = [i for i, f in enumerate(found) if (f.actor, f.character) == (actor, part)]
            if same:
                if status is CastStatus.FORMER:  # the form found, its leaving missed
                    found[same[0]] = replace(found[same[0]], status=status)
                continue
            people.add(actor)
            evidence = doc.text[view.span.start : view.span.end]
            found.append(CastFact(actor, part, evidence, status))
    return found


def _full_part(part: str, cast: list[CastFact]) -> str:
    """The one full name of the article's casts that ``part`` begins, else ``part`` itself."""
    full = {f.character for f in cast if f.character.split()[0] == part and f.character != part}
    return full.pop() if len(full) == 1 else part
