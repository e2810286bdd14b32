"""A time the sentence runs something up to ("until"), which only a denied release turns into
the time it comes out: "will not be released until 2027" is the release's, but "the shoot runs
until November" and "the crew is filming in Dorset until the end of June" or "until mid-May"
only schedule a shoot still going (no wrap, no plan of one); "is due to shoot until mid-May"
is still a planned shoot. The window may carry the "until"
itself ("until November") or follow it ("until late June"). A shoot told in the past as running
until a time ("The shoot started in July and ran until September") ended then: a wrap; so
is one told as running on into a month ("began in July and ran into September", "ran through
to September"): it ended in that month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from bot.extract.dates import month_number, parse_window
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_words import FILMING_NOUN, FUTURE
from bot.extract.season_windows import latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_NOT_UNTIL = lazy_pattern(
    r"(?:\bnot|n['’]t|\bnever)[ ](?:(?:now|yet|be|been|go|get)[ ]){0,2}(?:out|released|available|"
    r"arrive|land|premiere|open|debut|hit|drop|stream|air|launch|reach)\w*(?:[ ]\w+){0,3}$"
)
"""A release denied up to a time: "will not now be released until 2027", "won't land until"."""
_UNTIL_BEFORE = lazy_pattern(r"[ ](?:until|till)$")
""""until" just before a window that does not hold it: "until the end of June", "until late May"."""
_RUN_ON = r"(?:ran|overran|lasted|continued|went[ ]on|carried[ ]on|stretched|spilled|dragged[ ]on)"
"""A run told in the past by its verb: "ran", "overran", "went on", "stretched", "dragged on"."""
_RAN = lazy_pattern(
    rf"\b{_RUN_ON}(?:[ ][\w’'-]+){{0,3}}?"
    r"(?:[ ](?:until|till))?$"
)
"""A run told in the past up to the window: "ran until", "lasted in Kent until"."""
_CLAUSE_BREAK = lazy_pattern(
    r".*(?:[,;:(–—]|\b(?:where|when|while|which|who|whose|after|before|but|as|because)\b)",
    re.DOTALL,
)
"""The run's clause opens after the last break or clause word: "Before filming, [her play ran"."""
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?!(?:on|of|for|in|at|across|around|with|during|over|near|throughout|into|from|by|"
    r"through|after|before|under|behind|about)[ ])[\w’'-]+[ ](?:the|a|an|her|his|their|its)[ ]"
    r"[\w’'-]+"
)
"""Another thing named after the shoot noun ("Filming began and the festival ran"): it ran. A
thing a preposition governs is the shoot's own ("The shoot for the film", "Filming began in the
spring")."""
_ASIDE = lazy_pattern(r"(?:,[ ][^,;:()–—]*,|[ ]?\([^()]*\)|[ ]?[–—][^–—]*[–—])[ ]*$")
"""An aside closed straight before the run's verb: "The shoot, which began in May, ran"."""
_TO_SHOOT = lazy_pattern(r"\bto[ ](?:shoot|film)\b")
"""A shoot still to come, told with its end ("is due to shoot until mid-June"): a plan, read on."""


def runs_until(match: re.Match[str], before: str, clause: str) -> bool:
    """The window ``match`` (``before`` it, in ``clause``) is only how long something runs."""
    told = _UNTIL_BEFORE.search(before)
    if (match["prep"] or match["prep2"] or "").lower() != "until" and told is None:
        return False
    lead = before[: told.start()] if told is not None else before
    if _TO_SHOOT.search(lead):
        return False
    return not _NOT_UNTIL.search(lead) or FILMING_NOUN.search(clause) is not None


def ran_until(
    ref: dt.date | None, chunk: str, match: re.Match[str], before: str, evidence: str
) -> ReleaseFact | None:
    """The shoot's wrap, when the sentence tells the shoot (not a release) as having run until
    the window ("Filming began on 2 May and ran until August", "The shoot lasted until June")."""
    lead = chunk[: match.start()]
    if (
        _RAN.search(before) is None
        or not _shoot_ran(lead)
        or FUTURE.search(lead) is not None
        or _NOT_UNTIL.search(lead) is not None
    ):
        return None
    done = parse_window(match, ref, past=True)
    return ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=done) if done else None


def _shoot_ran(lead: str) -> bool:
    """The run's own clause names the shoot as what ran, nothing named after it: "The shoot
    started on 4 May and ran", "The shoot, delayed by rain, ran", not "Before filming, her play
    ran" or "Filming began in May and the festival ran"."""
    ran = _RAN.search(lead.rstrip())
    if ran is None:
        return False
    subject = lead[: ran.start()]
    while (aside := _ASIDE.search(subject)) is not None:
        subject = subject[: aside.start()]  # "The shoot, which began in May, ran"
    opened = _CLAUSE_BREAK.match(subject)
    subject = subject[opened.end() :] if opened else subject
    shoots = list(FILMING_NOUN.finditer(subject))
    return bool(shoots) and _OTHER_SUBJECT.search(subject, shoots[-1].end()) is None


def held_until(before: str) -> str:
    """The words before a day, "until" read as "arrives on" when a release is denied up to it:
    "doesn't reach Streamly until Friday 3 May" says it comes out on 3 May (the window's reading
    in :func:`runs_until`, for days). Any other "until" is left as it was."""
    until = _UNTIL_BEFORE.search(before)
    if until is None or _NOT_UNTIL.search(before[: until.start()]) is None:
        return before
    return before[: until.start()] + " arrives on"  # "reach" alone is no release verb


_RAN_INTO = lazy_pattern(
    rf"\b{_RUN_ON}(?:[ ]well|[ ]on|[ ]over)?[ ]"
    rf"(?:into|(?:right[ ])?through[ ]to)[ ](?P<month>{MONTH_PATTERN})(?![a-z])"
    r"(?:[ ](?P<year>\d{4}))?(?![ ]?\d)(?![ ](?:or|and|to)[ ])"
)
"""A run told in the past on into a month: "ran into September", "went on through to May",
"stretched well into May", "spilled over into May"."""
_STILL_RUNNING = lazy_pattern(
    r"\b(?:has|have)[ ](?:now[ ]|already[ ]|so[ ]far[ ])?"
    r"(?:continued|lasted|gone|carried|stretched|spilled|dragged)\b"
    r"(?:[ ](?:on|over|well|right|through)){0,2}$"
)
"""A run told in the present perfect ("has continued into October", "has gone on well into"):
still going, no wrap."""


def ran_into(ref: dt.date | None, chunk: str, evidence: str) -> Iterator[ReleaseFact]:
    """The shoot's wrap in the month it is told as having run on into ("Filming began on 4 May
    and ran into July"); not another thing's run ("Filming began and the festival ran into
    July"), nor one still to come."""
    if ref is None or (" into " not in chunk and " through to " not in chunk):
        return
    for match in _RAN_INTO.finditer(chunk):
        lead = chunk[: match.start("month")].rsplit(" ", 2)[0]  # up to the verb's end
        if not _shoot_ran(lead) or FUTURE.search(lead) is not None:
            continue
        if _STILL_RUNNING.search(lead.rstrip()) is not None:
            continue  # "Filming began in June and has continued into October": not over yet
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else latest_year(month, ref)
        yield ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=f"{year}-{month:02d}")
