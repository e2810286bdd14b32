"""A part the actor last played, for :mod:`bot.extract.castnotparts`.

"Vale, who grew up in Hull, last appeared as Mira in the Fringe hit Lumen" or "Vale, who most
recently starred in Channel 5's Lumen as Mira" (invented): "last" or "most recently" before a
verb of appearing tells the actor's latest turn before this one, another work's part, whatever
the words after the verb ("in Lumen", a broadcaster's possessive, an aside) look like. A turn
told in the article's own work ("who last starred in Brass Lamps as Ned", back for more) is
this production's part and stays. A work only the headline names counts as ours only when the
headline names no other word the body sets where a work stands ("the cast of X", "in X"): a
profile's headline often names the earlier work beside ours ("From Lumen to Brass Lamps: ..."),
and that earlier work is not this production. A lead that names no work, with the actor back
right after the part ("who last appeared as Mira, is back for the film", "... as Mira in series
two, returns"), tells the part this production brings back, and stays.
"""

from __future__ import annotations

from bot.extract.castplayedleavers import RUN
from bot.extract.context import Context
from bot.extract.names import NAMED_WORK
from bot.lazy_patterns import lazy_pattern

_LAST_TURN = lazy_pattern(
    r"\b(?:last|most[ ]recently)[ ](?:appeared|seen|starred|played|featured|performed|"
    r"co-starred|turned[ ]up|popped[ ]up|on[ ]screen)\b"
)
"""The latest turn: "last appeared", "was last seen", "most recently starred"."""
_IN_WORK = lazy_pattern(rf"\b(?:in|on)[ ]{NAMED_WORK}")
"""A work the lead names: "in Lumen", "in The Brass Lamps"."""
_WORK_PLACE = lazy_pattern(r"\b(?:of|in|on)[ ](?:the[ ])?[“\"‘']?(?P<word>[A-Z][\w-]+)")
"""A capitalised word where a work stands: "the cast of Brass", "in Lumen"."""
_BACK_AFTER = lazy_pattern(
    rf"{RUN},[ ](?:(?:now|also)[ ])?(?:returns|is[ ]back|comes[ ]back|will[ ](?:return|be[ ]back))"
    rf"(?:[ ]to[ ](?:the[ ])?(?:role|part|series|show|season|film)|{RUN})(?=[ ]?(?:[.,;:!?—–]|$))"
)
"""Right after the part (a run between or not), the actor back, and the clause closing on the
run they are back for or on the part: ", is back for the film.", " in series two, returns.",
", returns to the role." (not "returns to the stage", "is back with a new thriller" or
"returns as Detective Hale": back somewhere else, or in another part)."""


def last_turn(lead: str, context: Context, rest: str = "") -> bool:
    """Whether ``lead`` (the words between an actor and the part, the casting word last, so
    "who last played" tells the turn as "who last appeared as" does) tells the actor's
    latest earlier turn in another work: the part after it is that turn's, not this
    production's (``rest``, the words after the part, may tell the actor back for it)."""
    if _LAST_TURN.search(lead) is None:
        return False
    if _WORK_PLACE.search(lead) is None and _BACK_AFTER.match(rest):
        return False  # "who last appeared as Mira, is back for the film": our part, again
    return not any(_ours(m["work"], context) for m in _IN_WORK.finditer(lead))


def _ours(work: str, context: Context) -> bool:
    """Whether ``work`` is the article's own: told so by the body, or named by a headline that
    names no other word the body sets where a work stands."""
    if context.is_ours(work):
        return True
    if not context.is_known(work):
        return False
    others = context.headline - set(work.split())
    return not any(m["word"] in others for m in _WORK_PLACE.finditer(context.body))
