"""Words in marks that no one is quoted as saying, held when credited to no one:

- a phrase in marks used as a label between a determiner and a noun ("the ‘Brennan sighting’
  photo", "that “final cut” rumour"): the writer's name for a thing, no one's words;
- a claim put in marks only to be dismissed ("anything claiming “filming wraps Friday” is
  fake", "the so-called “leak”", "“June 3rd” rumours are false"): nobody the article can
  credit said it.
"""

from __future__ import annotations

import re

_OPEN = "[‘'“\"]"
_CLOSE = "[’'”\"]"
_DETERMINER_BEFORE = re.compile(
    rf"(?:^|[ (])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ny|[Aa]n?)[ ]{_OPEN}$"
)
_NOUN_AFTER = re.compile(
    rf"{_CLOSE}[ ](?:photos?|pictures?|images?|shots?|videos?|clips?|posts?|threads?|rumou?rs?|"
    r"claims?|theory|theories|leaks?|reports?|stories|story|headlines?|screenshots?|tweets?|"
    r"memes?|trend|thing|narrative|label|tag)\b"
)
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claiming|claims?|so-called|supposed|alleged(?:ly)?|rumou?red|rumou?rs?[ ]of)"
    rf"[ ]*[:,]?[ ]*{_OPEN}$"
)
_FALSE_AFTER = re.compile(
    rf"{_CLOSE}?[,]?[ ](?:\w+[ ]){{0,2}}?(?:is|are|was|were)[ ](?:(?:completely|totally|"
    r"entirely|simply|just)[ ])?(?:fake|false|untrue|a[ ]hoax|made[ ]up|not[ ]true|not[ ]real|"
    r"misinformation|nonsense|bogus|wrong)\b"
)


def dismissed(text: str, start: int, end: int) -> str | None:
    """Why the marked words ``text[start:end]`` are no one's quote (see above), or None."""
    before = text[max(start - 30, 0) : start]
    after = text[end : end + 60]
    if _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return "a phrase in marks naming a thing, no one's words"
    if _CLAIMED_BEFORE.search(before) or _FALSE_AFTER.match(after):
        return "a claim in marks the article dismisses, no one's words"
    return None
