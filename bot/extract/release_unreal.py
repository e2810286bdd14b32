"""Release dates the article itself says are not the release.

* A date the next sentence calls fake: "A poster claiming the film would arrive on 9 May spread
  online. It is fake." / "It isn't true." / "... would land on 9 May. That was a hoax."
  The next sentence may report who says so: "... claiming a release on 9 May. A studio
  spokesperson told us the image was fake." / "The studio later said the poster was doctored."
* A date only a report claimed, which the next sentence says was dismissed: "Reports claimed it
  could land on 9 May. The studio has denied the date." / "... has since ruled it out."
* A date the next sentence says is some other event's: "It streams on Saturday 9 May at 8pm.
  That is a Q&A, not a second release."
  The same sentence going on ("That is a Q&A, not a second release, so stop asking if the
  film comes out on Saturday") dates the event too.
* The month the news was given, not a window: "out on 12 June, as announced in January", "the
  date first revealed back in January".

* A window told only as a supposition: "even a spring 2027 slot would make this the longest
  wait yet".

* A time told only inside a fan's quoted post: "“If filming started in July, that's a long
  wait,” wrote one fan".

Each such fact is held, not served.
"""

from __future__ import annotations

import calendar

from bot.extract.lexicon import MONTH_NAME
from bot.extract.release_fake_quotes import IS_FAKE, quoted_claim_called_fake, quoted_fan_post
from bot.extract.release_possibilities import merely_possible
from bot.extract.release_what_ifs import supposed_only
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_FAKE_NEXT = lazy_pattern(rf"[ “\"]*(?:It|That|This|The[ ]\w+){IS_FAKE}")
"""The sentence after a date's, calling what it told fake."""
_FAKE_REPORTED = lazy_pattern(
    r"[ “\"]*[A-Z][^.!?:;]{0,60}?\b(?:told[ ]\w+|said|says|confirmed|confirms|insisted|stressed|"
    r"added)[ ](?:that[ ])?(?:it|that|this|the[ ](?:\w+[ ])?(?:image|screenshot|listing|poster|"
    rf"post|graphic|tweet|leak|claim|date|page|picture)){IS_FAKE}"
)
"""The sentence after a date's, reporting that someone calls what it told fake."""
_REPORT_WORD = lazy_pattern(
    r"\b(?:[Rr]eport(?:s|ed)?|[Rr]umou?rs?|claim(?:s|ed)?|suggest(?:s|ed)|speculat\w*|leak(?:s|ed)?)\b"
)
"""A sentence telling what a report or a rumour claimed."""
_DISMISSED_NEXT = lazy_pattern(
    r"[ “\"]*[A-Z][^.!?:;]{0,60}?\b(?:has[ ]|have[ ]|had[ ])?(?:since[ ]|now[ ]|quickly[ ])?"
    r"(?:dismissed|denied|rubbished|ruled[ ]out|shot[ ]down|scotched|debunked|quashed)[ ]"
    r"(?:it|them|(?:that|this)(?=[ ]*[.,;!?])|the[ ](?:\w+[ ])?(?:date|day|claims?|reports?|"
    r"rumou?rs?|story|speculation|suggestion))\b"
    r"(?![ ](?:of|about|over|around|regarding|concerning|surrounding)\b)"
)
"""The sentence after a reported date's, saying someone dismissed it ("The streamer has
dismissed the date", "The studio quickly denied the reports"); not something else ("denied the
rumours of a feud", "denied that she had left")."""
_NOT_RELEASE_NEXT = lazy_pattern(
    r"[ “\"]*(?:It|That|This)(?:[ ]is|[ ]was|’s|'s)[ ](?:a|an|the)[ ][^.,;]{1,30},[ ]not[ ]"
    r"(?:a|an|the)[ ](?:(?:second|new|real|actual|proper|separate|different)[ ])?"
    r"(?:release|premiere|launch|debut|release[ ]date)\b"
)
"""The sentence after a date's, saying it is some event's day, not the release."""
_ANNOUNCED_IN = lazy_pattern(
    r"\b(?:announced|revealed|unveiled|confirmed|reported)[ ](?:back[ ]|first[ ])?"
    rf"in[ ](?P<month>{MONTH_NAME})\b"
)
"""The month some news was given: "as announced in January"."""
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})


def unreal(text: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each date the article says is fake or an event's, and each window that is
    only the month news was given or only called possible, held."""
    facts = supposed_only(merely_possible(facts))  # "an autumn slot isn't impossible"
    return [_checked(text, fact) if fact.kind in _DATED else _posted(fact) for fact in facts]


def _posted(fact: ReleaseFact) -> ReleaseFact:
    """The fact held when its time is told only in a fan's quoted post (a shoot's month too)."""
    if (fact.date or fact.window) and quoted_fan_post(fact.evidence, str(fact.date or fact.window)):
        return held(fact, "a fan's quoted post")
    return fact


def _checked(text: str, fact: ReleaseFact) -> ReleaseFact:
    fact = _posted(fact)
    if not fact.served:
        return fact
    if fact.window and _announced_month(fact):
        return held(fact, "the month it was announced")
    at = text.find(fact.evidence) if fact.evidence else -1
    if at < 0:
        return fact
    after = text[at + len(fact.evidence) : at + len(fact.evidence) + 80]
    if _FAKE_NEXT.match(after) or _FAKE_REPORTED.match(after):
        return held(fact, "the next sentence calls it fake")
    if _DISMISSED_NEXT.match(after) and _REPORT_WORD.search(fact.evidence):
        return held(fact, "a reported date the next sentence dismisses")
    if quoted_claim_called_fake(fact.evidence, str(fact.date or fact.window or "")):
        return held(fact, "a quoted claim the sentence calls fake")
    if _NOT_RELEASE_NEXT.match(after) or _NOT_RELEASE_NEXT.match(fact.evidence):
        return held(fact, "another event's day")
    return fact


def _announced_month(fact: ReleaseFact) -> bool:
    """The window is a month only named as when the news was given."""
    window = str(fact.window)
    if len(window) != 7 or window[4] != "-" or not window[5:].isdigit():
        return False
    name = calendar.month_name[int(window[5:])]
    told = [m for m in _ANNOUNCED_IN.finditer(fact.evidence) if m["month"] == name]
    return bool(told) and fact.evidence.count(name) == len(told)
