"""A person's arrival is no release: "Perrin Sloe arrived in Whitby on Monday for her first day
on set" uses a release verb ("the film arrives on ...") for someone coming to work. So does a
shoot moving on: "The cameras of the drama arrived in Zeebrugge on Monday", "The crew arrives in
Leeds on Friday". And its vehicles or crews coming on a day: "Location lorries arrived on Sunday",
"Film crews arrived on Monday morning", "Catering vans and rigs arrived before dawn on Monday",
with a place between: "Trucks and generators arrived in Tanner Row on Tuesday"."""

from __future__ import annotations

from bot.extract.lexicon import WEEKDAY_NAME
from bot.lazy_patterns import lazy_pattern

_ARRIVAL = lazy_pattern(
    r"\b(?:(?P<who>[A-Z][\w’'-]+|[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I)[ ](?:(?:has|have|had|will|finally|"
    r"already|just|only)[ ])?arriv(?:ed|es|ing|e)\b)(?P<rest>[^.;]*)"
)
"""A named or pronoun subject just before an arrival verb, and the rest of its clause."""
_AT_WORK = lazy_pattern(
    r"\b(?:first[ ]day|on[ ]set|on[ ]location|at[ ](?:the[ ])?(?:studio|studios|set|location|"
    r"unit[ ]base)|to[ ](?:begin|start)[ ](?:work|filming|shooting|rehearsals?|her|his|their)|"
    r"to[ ](?:join|shoot|film|rehearse)[ ]|for[ ](?:filming|"
    r"shooting|rehearsals?|work|costume|fittings?|a[ ]read-?through)|read-?through)\b"
)
"""Words telling that the one who arrived came to work: a first day, the set, a shoot."""
_UNIT_ARRIVAL = lazy_pattern(
    r"\b(?:[Cc]ameras|[Cc]rew|[Uu]nit|[Ss]hoot)(?:[ ]of[ ][^.;]{1,100}?)?[ ]"
    r"(?:(?:has|have|had|will|finally|already|just)[ ])?arriv(?:ed|es|e)[ ]in[ ]"
    r"(?!cinemas|theatres|theaters|UK|US)[A-Z]"
)
"""A shoot's cameras, crew or unit arriving in a place: the production moving, not a release."""
_KIT_LISTED = lazy_pattern(
    r"\b(?:[Ll]orries|[Tt]rucks|[Vv]ans|[Vv]ehicles|[Cc]rews|[Rr]igs|[Gg]enerators|[Tt]railers|"
    r"[Cc]ranes|[Rr]unners|(?:[Cc]amera|[Ff]ilm|[Ff]ilming|[Pp]roduction)[ ]crew)\b"
    r"(?:(?:,|[ ]and)[ ][\w’' -]{1,40}?)*?"
    r"[ ](?:(?:has|have|had|finally|already|just|first)[ ])?"
    r"(?:(?:began|started)[ ](?:arriving|to[ ]arrive)|(?:were|was)[ ]arriving|arrived)[ ]"
    r"(?:(?:in|at|outside|near|into|along|by)[ ][^.;,]{1,50}?[ ])?"
    r"(?:(?:before|at|after|around|by)[ ](?:dawn|daybreak|first[ ]light|sunrise|"
    r"\d{1,2}(?:[.:]\d\d)?[ ]?[ap]m)[ ])?(?:on|early[ ]on|last)[ ]"
    rf"(?:{WEEKDAY_NAME}\b|(?:the[ ])?\d{{1,2}}(?:st|nd|rd|th)?[ ][A-Z])"
)
"""A shoot's vehicles, kit or crews arriving (or beginning to) on a weekday, listed before the
verb or with a time of day or a place between ("Catering vans, lighting rigs and runners arrived
before dawn on Monday", "Trucks and generators arrived in Tanner Row on Tuesday", "Lorries began
arriving on Sunday", "Vans started to arrive on Monday", "Rigs were arriving on Sunday"): the
production coming, not a release."""
_NOT_A_PERSON = frozenset({"It", "This", "That", "Film", "Movie", "Series", "Show", "Season"})


def someone_arrived(evidence: str) -> bool:
    """The sentence tells a person arriving for work, not the film arriving anywhere."""
    if "arriv" not in evidence:
        return False
    if _UNIT_ARRIVAL.search(evidence) or _KIT_LISTED.search(evidence):
        return True
    for match in _ARRIVAL.finditer(evidence):
        if match["who"] not in _NOT_A_PERSON and _AT_WORK.search(match["rest"]):
            return True
    return False
