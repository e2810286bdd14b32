"""An answer's speaker label read as a title with a subtitle.

In a printed interview the turns open with labels: "Q: How did the story come to you?" and then
"Wren Aldous-Pike: Through a friend, who wrote it." The name and colon opening the answer say who
speaks; they are no work's name, and what follows is no subtitle.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ASKED = lazy_pattern(r"[ \t]*(?:Q(?:uestion)?|INTERVIEWER|Interviewer)[:.][ ]")
"""An interviewer's turn: "Q: ...", "Q. ...", "Interviewer: ..."."""


def answer_label(text: str, start: int) -> bool:
    """The text at ``start`` opens a line that answers the interviewer's turn on the line before
    it ("Q: Where did you film?" then "Ivo Tann: Mostly in Rennick, ..."): a speaker's label."""
    line = text.rfind("\n", 0, start) + 1
    if start < 0 or line == 0 or text[line:start].strip():
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    return _ASKED.match(text, before) is not None
