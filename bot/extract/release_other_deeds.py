"""A day told of another deed than the film's release, though a release word stands nearby.

Mail that reached the writer: "The gala invite that popped into my inbox on Friday", "A
review copy hit our desks on Thursday", "the press folder dropped onto the doormat this morning":
the day is the mail's. An award's news: "Tinder Moth, which debuted in Lyddon in September,
scooped two prizes on Sunday", "..., since its first outing in Polwick, has earned four nods
today": the day's own clause tells of the prizes, the release word sits in an aside before it.
A round of news put out: "Here's all that the studio shared this morning", "below is what the
maker unveiled today": the thing dropped is the news (a name, a still, a teaser), not the film. A
word to fans: "in a statement released by the streamer on Sunday", "a note shared yesterday".
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_MAIL = lazy_pattern(
    r"\b(?:landed|lands|landing|arrived|arrives|arriving|hit|hits|dropped|drops|popped|pinged)"
    r"(?:[ ](?:in|into|on(?:to)?))?[ ](?:my|our|your|their|the|reviewers['’]|critics['’])[ ]"
    r"(?:e-?mail[ ])?(?:inbox(?:es)?|desks?|doormats?|mailbox(?:es)?|letterbox(?:es)?)\b"
)
"""Mail reaching a reader: "popped into my inbox", "arrived on our desks", "hit the doormat"."""
_AWARDS = lazy_pattern(
    r"^[ ]*(?:(?:has|have|had|also|then|just)[ ])?(?:picked[ ]up|won|wins|earned|earns|scooped|"
    r"bagged|secured|collected|received|garnered|racked[ ]up|scored|took[ ]home|landed)[ ]"
    r"[^,;]{0,30}?\b(?:nominations?|nods?|awards?|prizes?|gongs?|trophies|honours|honors)\b"
)
"""A clause that opens on prizes won or nominations picked up."""
_NEWS_ROUND = lazy_pattern(
    r"(?:\b[Hh]ere(?:[’']s|[ ]is|[ ]are)|\b[Bb]elow(?:[ ]is|[ ]are|,)|\b[Tt]hat[’']s|"
    r"\b(?:recap|round-?up|rundown|run-down|summary|guide|look)[ ](?:of|at|to))[ ]"
    r"(?:(?:a[ ](?:quick[ ])?)?(?:look[ ]at|recap[ ]of|rundown[ ]of|round-?up[ ]of)[ ])?"
    r"(?:[Ee]verything|[Ww]hat|[Aa]ll[ ](?:that[ ])?)[ ]?(?:that[ ])?(?:the[ ]\w+|they|"
    r"[A-Z][\w’'.&+-]*(?:[ ][A-Z][\w’'.&+-]*){0,2})[ ](?:just[ ]|has[ ]|have[ ])?"
    r"(?:dropped|released|revealed|unveiled|shared|posted|put[ ]out)\b"
)
"""A round of news a maker put out, told as such: "here's everything Netflix dropped", "below is
what the studio revealed", "a recap of all that they released". A bare "what Netflix released"
may be the film itself ("<Work> is what Netflix released this morning")."""
_WORD_OUT = lazy_pattern(
    r"\b(?:statement|note|letter|message|open[ ]letter|press[ ]release)s?[ ](?:was[ ]|were[ ])?"
    r"(?:released|issued|shared|posted|put[ ]out|sent[ ]out)\b"
)
"""A word to fans put out: "a statement released to fans", "a note shared with subscribers"."""


def another_deeds_day(before: str, clause: str) -> bool:
    """The day (told in the words ``before`` it, its ``clause``) is mail's, an award's, a round
    of news's or a word to fans's (a statement or a note put out)."""
    return (
        _MAIL.search(before) is not None
        or _AWARDS.search(clause) is not None
        or _NEWS_ROUND.search(clause) is not None
        or _WORD_OUT.search(clause) is not None
    )
