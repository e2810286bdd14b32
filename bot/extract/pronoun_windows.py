"""Where a pronoun's fallback speaker must be named again to stay its speaker.

A "she says" whose speaker is only recalled from an earlier quote is that person's unless the
text just before names someone else. That text is the sentence before the pronoun's own; when
the pronoun's sentence opens a paragraph, a set visit or a profile has often introduced a new
person over the whole paragraph before ("Waiting by the door is Ada Vale, the newcomer who ...
Vale's only credit was ..."), so the window is that paragraph.
"""

from __future__ import annotations

from bot.extract.text import Doc


def pronoun_window(doc: Doc, offset: int) -> int:
    """Where the text a pronoun at ``offset`` looks back over begins."""
    before = own = None
    for sentence in doc.sentences:
        if sentence.start > offset:
            break
        before, own = own, sentence
    if own is None:
        return offset
    if before is None:
        return own.start
    return before.start if before.para == own.para else doc.paras[before.para].start
