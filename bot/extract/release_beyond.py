"""A window given as all that has been said: "Netflix hasn't said anything beyond "2026"", "the
studio has confirmed nothing more than 2027", "Apple has not given a date other than sometime in
2026", "their official line is still just 2026", "declined to comment on a release date beyond
“2026”", "will only say “2026”". The year is the one window the distributor has
named; the sentence only adds that it named nothing finer. A year before the article's is not
read (the news is about the future).
"""

from __future__ import annotations

from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_VERB = r"(?:said|announced|confirmed|revealed|given|shared|offered|committed[ ]to)"
_YEAR = r"[\"“'‘]?(?:(?:sometime|some[ ]time)[ ]in[ ])?(?P<year>20\d\d)[\"”'’]?"
"""The year, maybe quoted, maybe "sometime in" it."""
_END = r"(?=[,.;:!)]|[ ](?:and|but|so|yet)\b|$)"
"""The year's clause ends there."""
_NOT_SAID = (
    rf"\b(?:has|have|had)(?:n['’]t|[ ]not)[ ](?:yet[ ])?{_VERB}[ ](?:anything|any[ ]more|more|"
    r"much|a[ ](?:date|window)|any[ ](?:date|window|details?))"
)
"""The distributor has named nothing: "hasn't said anything", "has not given a date"."""
_SAID_NOTHING = rf"\b(?:has|have|had)[ ]{_VERB}[ ](?:nothing|no[ ](?:date|window|details?)|little)"
"""The same said the other way round: "has confirmed nothing", "has given no date"."""
_ONLY_YEAR = lazy_pattern(
    rf"(?:{_NOT_SAID}|{_SAID_NOTHING})[ ](?:beyond|other[ ]than|more[ ]than|past)[ ]"
    + _YEAR
    + r"(?=[,.;:!)\"”'’]|[ ](?:and|but|so|yet|as)\b|$)"
)
_DECLINED_BEYOND = lazy_pattern(
    r"\bdeclined[ ]to[ ]comment[ ](?:on|about)[ ](?:a|the)[ ](?:release[ ])?(?:date|window)"
    r"[ ](?:beyond|other[ ]than)[ ][\"“'‘](?P<year>20\d\d)[\"”'’][.!]?$"
)
"""Declining to comment beyond a year is read as naming it only when the year is quoted as the
words that were said and closes the sentence: "declined to comment on a release date beyond
“2026”". Unquoted, or with a clause after it ("beyond 2027, when its deal ends"), or of "any"
date, "beyond" reads as "later than" and no window was named."""
_OFFICIAL_YEAR = lazy_pattern(
    r"\bofficial[ ](?:line|word|answer|position)[ ](?:is|remains)[ ](?:still[ ])?"
    r"(?:just[ ]|only[ ]|simply[ ])?" + _YEAR + _END
)
"""The year given as the makers' official line: "their official line is still just 2026"."""
_ONLY_SAID = lazy_pattern(
    r"\b(?:(?:will|would)[ ](?:only|just)[ ]say|(?:is|are)[ ](?:only|just)[ ]saying"
    r"|(?:only|just)[ ]says|says[ ]only"
    rf"|(?:has|have|had)[ ](?:so[ ]far[ ])?(?:only|just)[ ]{_VERB}|(?:has|have|had)[ ]"
    rf"(?:so[ ]far[ ])?{_VERB}[ ]only|All[ ](?:that[ ])?(?:[A-Z]\w*|the[ ]\w+|it|they)[ ]"
    rf"(?:has|have)[ ](?:so[ ]far[ ])?{_VERB}[ ]is)[ ]" + _YEAR + _END
)
"""The year as all that was said: "has so far only committed to 2026", "All Netflix has said is
'2026'", "will only say “2026”", "is only saying 2026"."""


def said_only(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The year a sentence says is all that has been announced."""
    chunk = view.chunk
    if "official " in chunk:
        match = _OFFICIAL_YEAR.search(chunk)
    elif "only " in chunk or "All " in chunk:
        match = _ONLY_SAID.search(chunk)
    elif "beyond " not in chunk and " than " not in chunk and "past " not in chunk:
        return []
    else:
        match = _ONLY_YEAR.search(chunk) or _DECLINED_BEYOND.search(chunk.rstrip())
    if match is None or (doc.date is not None and int(match["year"]) < doc.date.year):
        return []
    return [ReleaseFact(ReleaseKind.WINDOW, evidence, window=match["year"])]
