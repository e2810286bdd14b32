"""Castings inside a rival work's tally of nominations, for :mod:`bot.extract.castrivalparts`.

An awards page counts other works' nominations too: "Its nearest challenger is The Quillon
Year, Dara Mott's period piece, which has five nods, including leading actor for Kasper
Lindqvist, who plays a clockmaker named Elias Venn" or "Tin Lid Harbour follows with four
nominations, among them best actress for Hjørdis Sandoe as Ilsabet"; the tally may come first
("Close behind with five nods is Tin Lid") or be a bare count ("Tin Lid, Dara Mott's two-hander,
took four, with Hjørdis Sandoe ..."). The parts named after the tally are the tallied work's;
when that work is not the page's own, they are not ours.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.rival_tallies import COUNT, PRONOUNS, TITLE, rival_aside
from bot.lazy_patterns import lazy_pattern

_NODS = r"(?:[A-Z]\w+[ ])?(?:nominations|nods)\b"
_TALLY = lazy_pattern(
    rf"(?P<work>{TITLE})[”\"’']?(?:,[ ][^,;:.]{{1,80}},)?,?[ ](?:which[ ]|that[ ])?"
    r"(?:(?:has|had|have|earned|picked[ ]up|scored|received|landed|secured|follows[ ]with|"
    rf"comes[ ]with|is[ ]on|with)[ ]{COUNT}[ ]{_NODS}"
    rf"|(?:took|takes)[ ]{COUNT}(?:[ ]{_NODS}|(?=,[ ]with\b)))"
)
"""A work and its count of nominations: "The Quillon Year, a period piece, which has five nods",
"Tin Lid, Dara Mott's two-hander, took four, with ...", "is “Tin Lid”, with four nominations" (a
bare count only after "took")."""
_TALLY_FIRST = lazy_pattern(
    rf"\bwith[ ]{COUNT}[ ]{_NODS}[ ](?:is|comes|sits)[ ][“\"‘']?"
    rf"(?P<work>{TITLE})"
)
"""A count of nominations before its work, its title quoted or not: "Close behind with five
nominations is Quillon Year", "Leading the field with nine nods is “Tin Lid”"."""


def in_rival_tally(actor: str, text: str, context: Context) -> bool:
    """Whether ``actor`` is named in ``text`` after a tally of nominations whose work is not
    this page's own (the nearest tally before the actor decides), or in the aside between such a
    work that opens the sentence and its tally (:mod:`.rival_tallies`)."""
    at = text.find(actor)
    if at < 0:
        return False
    aside = rival_aside(text)  # "W, with A as P, landed six nominations": W's cast
    if aside is not None and aside[1] <= at < aside[2] and not ours(aside[0], context):
        return True
    owner = tally_owner(text[:at])
    return owner is not None and owner not in PRONOUNS and not _own_tally(owner, context)


def _own_tally(work: str, context: Context) -> bool:
    """Whether the tallied work may be the page's own. A headline naming two works ("X leads
    nominations as Y follows") makes neither ours by itself: where the page's own words are
    known and in the headline too, a rival the headline names is still a rival."""
    if not ours(work, context):
        return False
    if not context.ours or not context.headline & context.ours:
        return True
    return context.is_ours(work)


def tally_owner(text: str) -> str | None:
    """The work of the last tally of nominations in ``text``, if it gives one."""
    found = [*_TALLY.finditer(text), *_TALLY_FIRST.finditer(text)]
    return max(found, key=lambda m: m.start())["work"] if found else None
