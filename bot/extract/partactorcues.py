"""Names the article gives as an actor's or a maker's, never a part's full name, for
:mod:`bot.extract.partnames`.

A review compares its show with another and names that one's star: "a 2019 romance starring Ada
Vell", "the 2016 film with Ada Vell as a shy teen". Where our show's part is a first name alone
("Ada (Rin Soto)"), that star's full name is no fuller form of the part: the words around it make
it an actor (invented examples). So do a maker's: "Lough (2023), directed by Ada Vell": a
credited maker is a person, not the part's full name.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_STAR_BEFORE = lazy_pattern(
    r"(?:\b(?:starring|co-starring|starred|co-starred|featuring|stars|star|actor|actress|"
    r"played[ ]by|voiced[ ]by|opposite)"
    r"|\bwith)[ ]$"
)
"""The words right before a star's name: "starring ", "actor ", "with " (then "as", below); a
work that "starred" someone ("her debut starred Ada Vell as a nurse") names its star too."""
_MAKER_BEFORE = lazy_pattern(r"\b(?:directed|written|produced|scored|composed|edited)[ ]by[ ]$")
"""The words right before a maker's name in a credit: "directed by ", "written by " (not a
post alone, "director X": a part's job in the story may stand so)."""
_AS_AFTER = lazy_pattern(r"[ ]as[ ](?:an?[ ]|the[ ])?[a-zA-Z]")
_REACH = 20


def actor_cued(body: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is cued as an actor: "starring X", "with X as Y"."""
    before = _STAR_BEFORE.search(body, max(0, start - _REACH), start)
    if before is None:
        return False
    return not before.group().startswith("with") or _AS_AFTER.match(body, end) is not None


def maker_cued(body: str, start: int) -> bool:
    """Whether the name at ``start`` is credited as a maker: "directed by X"."""
    return _MAKER_BEFORE.search(body, max(0, start - _REACH), start) is not None
