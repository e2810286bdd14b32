"""A correction notice's retracted casting that was once true, for :mod:`bot.extract.cast`.

"An earlier version said that Ada Vale would play Mira Holt. Vale was originally cast but has
left the production; the role will be played by Kai Lund." (or "... but left in May"). The
claim is withdrawn as news, yet the notice says the actor did hold the part and has left it: a
former casting, not none.
"""

from __future__ import annotations

from bot.extract.castleavers import DEPARTED, cast_then_left
from bot.extract.cues import starts_word
from bot.extract.text import Doc, View


def left_in_notice(doc: Doc, view: View, actor: str) -> bool:
    """The notice paragraph of ``view`` says ``actor`` (by surname) has left, after its claim."""
    para = doc.paras[view.span.para]
    surname = actor.rsplit(maxsplit=1)[-1]
    at = doc.text.find(f"{surname} ", view.span.end, para.end)
    while at >= 0:
        stop = doc.text.find(".", at, para.end)
        whole = starts_word(doc.text, at)  # "Avale " is not "Vale"
        end = stop if stop >= 0 else para.end
        if whole and (DEPARTED.search(doc.text, at, end) or _cast_then_left(doc.text[at:end])):
            return True
        at = doc.text.find(f"{surname} ", at + 1, para.end)
    return False


def _cast_then_left(words: str) -> bool:
    """The words open with the surname's "was originally cast but left" (no "has")."""
    return any(leaver.start == 0 for leaver in cast_then_left(words, "", 0))
