"""A whole run's release told through its episodes, read as the work's own release.

Charts and listings tell a streaming release by its episodes: "The mystery, which dropped all of
its episodes on Friday 6 March, ..." or "All four episodes landed on Netflix on 6 March". The
date rules read the verb just before a date, so the episodes in between (or as the subject) hide
it; this writes the clause as the plain release it is ("dropped on Friday 6 March", "It landed
on Netflix on 6 March"). A US-style date after a past release verb with no "on" ("which
premiered Jan. 9") gets its "on" too. Only where the paragraph so far quotes no other work's
title: a chart's "“Wick Hollow,” which launched Oct. 9" or "... went to “Wick Hollow”. The
series launched all ten episodes on 2 January." is the other work's release. Examples are
invented.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.lexicon import MONTH_NAME
from bot.lazy_patterns import lazy_pattern

_VERB = r"(?:dropped|arrived|landed|premiered|debuted|launched|released)"
_COUNT = r"(?:[ ](?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
_OBJECT = lazy_pattern(rf"\b(?P<verb>{_VERB})[ ]all(?:[ ]of[ ]its|[ ]its)?{_COUNT}[ ]episodes\b")
"""The verb's object, "dropped all six episodes on ...": the release's verb with its object."""
_SUBJECT = lazy_pattern(
    rf"(?:^|(?<=[.;,][ ]))All(?:[ ]of[ ]the|[ ]the)?{_COUNT}[ ]episodes[ ](?={_VERB}\b)"
)
"""The episodes as subject, "All six episodes arrived on ...": the work arrived."""
_BARE_DAY = lazy_pattern(
    rf"\b(?P<verb>{_VERB})[ ](?=(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.[ ]\d{{1,2}}\b|"
    rf"{MONTH_NAME}[ ]\d{{1,2}}\b)"
)
"""A past release verb straight before a month and day ("premiered Jan. 9")."""
_VERBS = hint("dropped", "arrived", "landed", "premiered", "debuted", "launched", "released")
"""The verbs of :data:`_BARE_DAY`, one of which a sentence needs for it to be tried at all."""


_QUOTED = lazy_pattern(r"[“\"]([^”\"]{2,80})[”\"]")


def whole_run(chunk: str, lead: str, context: Context) -> str:
    """``chunk`` with a whole run's episodes read as the release itself; unchanged if none, or
    if ``lead`` (the paragraph up to the sentence's end) quotes a title not ours."""
    if any(not context.is_ours(title.strip(" ,.")) for title in _QUOTED.findall(lead)):
        return chunk
    if "pisodes" in chunk:
        chunk = _OBJECT.sub(r"\g<verb>", chunk)
        chunk = _SUBJECT.sub("It ", chunk)
    return _BARE_DAY.sub(r"\g<verb> on ", chunk) if _VERBS.search(chunk) else chunk
