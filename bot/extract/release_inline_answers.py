"""A date question answered in the same line: "Release date? Not announced yet.", "• When is it
out? TBC." The question asks for the release date, the answer says there is none: no date
announced. Only a bare answer counts ("Not yet", "None yet", "TBC", "Not announced yet"); a
longer one is left to the ordinary rules."""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ANSWERED = lazy_pattern(
    r"(?m)^[ \t•*·#>–-]*(?:\d{1,2}[.)][ ])?(?:\*\*)?(?i:(?:the[ ])?(?:release|premiere|air)[ ]date"
    r"|when(?:[’']s|[ ]is)[ ](?:it|the[ ](?:film|movie|series|show|season))[ ](?:out|coming"
    r"(?:[ ]out)?|arriving|released))\?(?:\*\*)?[ ]+(?P<answer>(?i:not[ ](?:yet[ ])?(?:been[ ])?"
    r"(?:announced|confirmed|set|dated|revealed)(?:[ ]yet)?|not[ ]yet|none[ ](?:yet|so[ ]far)"
    r"|no[ ](?:date|word)[ ]yet|tb[ca]|nothing[ ](?:official|confirmed)[ ]yet))(?=[ ]*(?:[.!,;]|$))"
)


def answered_none(doc: Doc) -> list[ReleaseFact]:
    """No release date, told as the bare answer to a date question on the same line."""
    if "?" not in doc.text:
        return []
    found: list[ReleaseFact] = []
    for match in _ANSWERED.finditer(doc.text):
        line_end = doc.text.find("\n", match.end())
        evidence = doc.text[match.start() : line_end if line_end >= 0 else len(doc.text)].strip()
        found.append(ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence))
    return found
