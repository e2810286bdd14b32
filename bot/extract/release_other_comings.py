"""What comes at a time when it is not the work: a person's other undertaking, or scenes to shoot.

A profile says "she has a stage role coming this summer" or "his debut novel is due in
September": the subject of the coming is a role, a play, a book or a tour (the person's next
thing), never the film or series. A shoot's diary says "with the final scenes due at the start of
September": scenes are due to be shot, not released. Either way the time is no release window,
whatever the release-like verb ("coming", "due", "out") says; the work's own arrival names the
work or a release noun instead.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OTHER_THING = lazy_pattern(
    r"\b(?:a|an|another|her|his|their)[ ](?:(?:new|next|first|debut|own|major|leading|"
    r"lead|stage|theatre|theater|west[ ]end|broadway|book|solo|live|comedy|music)[ ]){0,2}"
    r"(?:role|play|tour|album|book|novel|memoir|single|podcast|exhibition)[ ]"
    r"(?:(?:is|are|will[ ]be)[ ])?(?:(?:set|due|expected)[ ]to[ ])?"
    r"(?:coming|comes|come|due|out|arriving|arrives|arrive|landing|lands|land|opening|opens|"
    r"open)\b(?:[ ]out\b)?[^,;]{0,40}$"
)
"""An indefinite or possessed undertaking of a person's, then the verb of its coming, in the
few words before the time: "a stage role coming", "her debut novel is due"."""
_SCENES_DUE = lazy_pattern(
    r"\b(?:scenes?|sequences?|set[ ]pieces?)[ ](?:(?:are|is|were|was|will[ ]be)[ ])?"
    r"(?:due|scheduled|set|planned|pencilled[ ]in)\b(?![ ]to[ ](?:air|screen|be[ ]shown|be"
    r"[ ]broadcast|go[ ]out))[^,;]{0,30}$"
)
"""Scenes due, not to air ("the final scenes due at the start of September"): the shoot's."""


def other_coming(before: str) -> bool:
    """Whether what comes at the time, in the words ``before`` it, is not the work's release."""
    lower = before.lower()
    return _OTHER_THING.search(lower) is not None or _SCENES_DUE.search(lower) is not None
