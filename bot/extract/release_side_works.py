"""Release and shoot statements whose subject is something beside the production itself: a new
job someone starts shooting, an episode's own name, a trailer's drop, the night people arrive
for a premiere screening, a sequel of another work, a second broadcaster's later run, a
round-up's month.

Each test reads a fact's evidence sentence and says whether the fact is that other thing's.
"""

from __future__ import annotations

import datetime as dt

from bot.extract.castelsewhere import ours
from bot.extract.context import Context, all_known
from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_NAME, SEASON_NAME
from bot.extract.names import WORK_TITLE
from bot.extract.release_roundup_scopes import scopes_a_roundup
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_WORK_NOUN = (
    r"(?:film|movie|feature|drama|thriller|comedy|horror|biopic|documentary|western|romance|"
    r"musical|adaptation|project|miniseries|pilot)"
)
_SHOOTS_A_WORK = lazy_pattern(
    r"\b(?:(?:starts?|begins?|started|began|starting|beginning|start|begin)[ ](?:filming|shooting)"
    r"|(?:due|set|scheduled|about)[ ]to[ ](?:shoot|film))"
    rf"[ ](?:an?|another)[ ](?:[\w’'-]+[ ]){{0,3}}?{_WORK_NOUN}s?\b"
)
"""Someone starting to shoot a work named only as "a ...": "she starts filming a period drama
in Skye next month", "is due to shoot a small thriller, Kestle Bay, in May" (the production
itself is never "a drama" to its own article, unless the title follows: see
:data:`_NAMED_AFTER`)."""
_NAMED_AFTER = lazy_pattern(rf",?[ ](?:called[ ]|titled[ ])?[“\"‘']?(?P<title>{WORK_TITLE})")
"""The work's title right after its kind: "a period drama, Brindle Cove," (ours when the
article knows the title)."""

_EPISODE_NAMED = lazy_pattern(
    r"(?i)\b(?:opener|opening[ ]episode|first[ ]episode|pilot[ ]episode|episode[ ](?:\d{1,2}|one|"
    r"two|three|four|five|six))[ ](?:is|was|will[ ]be|has[ ]been)[ ](?:called|titled|named|"
    r"entitled)[ ][“\"‘']?$"
)
"""An episode's own name just before the title: "(the opener is called “Matins”)"; not a
finale or closing chapter, which may be the production itself ("the feature-length finale will
be called X")."""

_TRAILER_SUBJECT = lazy_pattern(
    r"[ “\"‘']*(?:The|A|An|Its|Our|This)[ ](?:[\w’'-]+[ ]){0,3}?(?:trailer|teaser|poster|clip|"
    r"promo|featurette|first[ ]look)s?\b[^.;:]{0,80}?\b(?:dropped|drops|landed|lands|arrived|"
    r"arrives|debuted|debuts|went[ ]live|goes[ ]live|was[ ]released|is[ ]released|premiered|"
    r"was[ ]unveiled|is[ ]out|came[ ]out)\b"
)
"""A sentence whose subject is a trailer or poster, and its verb the trailer's drop: "The first
full trailer for X dropped this morning" dates the trailer, not the film (not "The teaser
promised the film this winter")."""
_FILM_RELEASE_VERB = lazy_pattern(
    r"\b(?:opens?|opening|cinemas?|theat(?:re|er)s|streams?|streaming|premieres?|airs?|hits?|"
    r"lands?[ ]on|arrives?[ ]on|released[ ]on|out[ ]on|comes[ ]out|release[ ]date)\b"
)
"""A word that dates the film itself, which keeps a trailer sentence's date."""

_FOR_AN_EVENT = lazy_pattern(
    rf"\b(?P<day>\d{{1,2}})[ ](?P<month>{MONTH_NAME})(?:[ ]\d{{4}})?[ ]for[ ](?:the|a|its)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}?(?:premiere|première|screening|gala|photocall|red[ ]carpet)\b"
)
"""A day that people arrive "on 12 May for the world premiere screening": the event's night."""

_SEQUEL_OF_ANOTHER = lazy_pattern(
    r"\b(?:for|on|of|to|with)[ ]an?[ ](?:[\w-]+[ ])?(?:sequel|follow-up|prequel|spin-off|"
    r"spinoff|remake)\b[ ,–—]+(?:(?:which|that)[ ](?:is[ ])?)?(?:due|set|slated|expected|"
    r"planned|scheduled)[ ](?:in|for|on|by)\b"
)
"""A sequel that is the complement of someone's deal, dated in its own words ("its director has
been confirmed for a sequel, due in 2027"): another work's, not the article's production (a
sequel only "set to follow" dates nothing)."""

_SEQUEL_ARRIVING = lazy_pattern(
    r"\b(?:a|another)[ ](?:[\w’'-]+[ ]){0,3}?(?:sequel|prequel|spin-?off|follow-up)"
    r"(?:[ ](?:film|movie|series|show))?[ ](?:could|might|may|would|should|"
    r"(?:is|was)[ ](?:(?:now|also|already)[ ])?(?:likely|tipped|rumou?red))\b"
)
"""A sequel named only as "a ..." whose arrival the clause guesses at ("outlets have suggested
a sequel could arrive in 2028", "a Cal spin-off is rumoured for 2027"): a work not yet made,
never the article's own production. A firm "a sequel is due in 2027" may be the very news of a
page announcing it, so it is left to the other checks."""

_TIMED_AFTER = lazy_pattern(
    rf"[^;.]*?(?:\d|\b(?:{MONTH_NAME}|{SEASON_NAME}|next|later|early|late)\b)"
)
"""The guessing clause names a time of its own ("could arrive| in 2028"): a sequel that "could
follow", after a clause dating the production, dates nothing."""

_LATER_RUN = lazy_pattern(
    r"\bwith[ ](?:the|its)[ ](?:[\w’'-]+[ ]){0,3}?(?:broadcast|airing|showing|transmission)s?"
    r"[ ](?:to[ ]follow|following|set[ ]to[ ]follow|due[ ]to[ ]follow)\b"
    r"|,[ ]and[ ](?:an?|the|its)[ ](?:[\w’'-]+[ ]){0,3}?(?:broadcast|airing|showing|transmission)"
    r"[ ](?:is[ ]|was[ ])?(?:(?:expected|due|set|likely)[ ]to[ ]follow|will[ ]follow)\b"
)
"""A second broadcaster's run trailing the dated premiere: "premieres on Channel A on 3 May,
with the Channel B broadcast following later in the summer", "opens in cinemas on 6 May, and a
Channel B broadcast is expected to follow next year" (not "with a UK release to follow early
next year", the film's own later release)."""

_SHOOTS = frozenset({ReleaseKind.FILMING_PLANNED, ReleaseKind.FILMING_STARTED,
                     ReleaseKind.FILMING_WRAPPED})  # fmt: skip


def _event_day(evidence: str, day: dt.date) -> bool:
    return any(
        int(match["day"]) == day.day and month_number(match["month"]) == day.month
        for match in _FOR_AN_EVENT.finditer(evidence)
    )


def _shoots_another_work(evidence: str, context: Context) -> bool:
    found = _SHOOTS_A_WORK.search(evidence)
    if found is None:
        return False
    named = _NAMED_AFTER.match(evidence, found.end())
    return named is None or not ours(named["title"], context)


_CHART_LINE = lazy_pattern(
    r"[^\n]{1,80}?(?:[ ]\([^()\n]{1,40}\))?[ ]?[–—-][ ]?[£$€]?\d[\d.,]*[ ]?"
    r"(?:m|k|bn|million|billion)?(?:[ ](?:views|hours))?\.?$"
)
"""A chart's line: a name, perhaps a bracket, then a figure after a dash and nothing more
("Lumen: The Story So Far (special) – 3.1m", "Tin Chapel – £1.4m"): a name the chart places,
not one the page reveals, unless every word of it is the page's own work's."""


def beside_the_production(fact: ReleaseFact, context: Context) -> bool:
    """Whether ``fact`` dates or names something beside the production: see the module."""
    evidence = fact.evidence
    if fact.kind in _SHOOTS:
        return _shoots_another_work(evidence, context)  # not "a period drama, <ours>,"
    if fact.kind is ReleaseKind.TITLE:
        if _CHART_LINE.match(evidence) and not all_known(
            (fact.title or "").replace(":", ""), context
        ):
            return True  # "Lumen: The Story So Far (special) – 3.1m": another entry of a chart
        at = evidence.find(fact.title or "\0")
        return at > 0 and _EPISODE_NAMED.search(evidence, max(0, at - 60), at) is not None
    if fact.kind not in {ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW}:
        return False
    trailer = _TRAILER_SUBJECT.match(evidence)
    if trailer is not None and _FILM_RELEASE_VERB.search(evidence) is None:
        return True  # "The first trailer for X dropped this morning"
    if fact.date is not None and _event_day(evidence, fact.date):
        return True
    guessed = _SEQUEL_ARRIVING.search(evidence)
    if _SEQUEL_OF_ANOTHER.search(evidence) or (
        guessed is not None and _TIMED_AFTER.match(evidence, guessed.end())
    ):
        return True  # "confirmed for a sequel, due in 2027"; "a sequel could arrive in 2028"
    if fact.kind is ReleaseKind.WINDOW and scopes_a_roundup(evidence, fact.window):
        return True  # "here is everything arriving on Netflix in April": the list's month
    return fact.kind is ReleaseKind.WINDOW and _LATER_RUN.search(evidence) is not None
