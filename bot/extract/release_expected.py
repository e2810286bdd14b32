"""A release expected, with no verb of its own: "the film, directed by X, is expected in 2026",
"The movie, which has not yet been dated, is expected on Netflix next year" (the relative clause
set aside, the film is still the subject)."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.dates import PART
from bot.extract.release_on_track import on_track, year_part
from bot.extract.release_words import FILMING_NOUN
from bot.lazy_patterns import lazy_pattern

_WHERE = (
    r"(?:[ ]on[ ][A-Z][\w+]*(?:[ ](?:[A-Z][\w+]*|\d))?"
    r"(?:[ ]and[ ]i?[A-Z][\w+]*(?:[ ](?:[A-Z][\w+]*|\d))?)?"
    r"|[ ]in[ ](?:[A-Z][\w.-]*[ ])?(?:cinemas|theaters|theatres)"
    r"|[ ]on[ ]the[ ](?:streamer|service|platform|channel))"
)
_TAIL = _WHERE + rf"?(?:[ ](?:in|by|during|for))?(?:[ ]{PART})?$"
"""Where and by when after "expected": "on Netflix in", "on Channel 5 in", "in cinemas by", "in UK
cinemas", "in the first half of" (a part of the year before it)."""
EXPECTED = lazy_pattern(
    r"(?<![Aa]nother[ ])(?<!next[ ])"
    r"\b(?:film|movie|series|show|season|sequel|finale|feature|it)(?:[ ](?:two|three|four|\d))?"
    r"(?:(?:(?<=the[ ]film)|(?<=the[ ]movie)|(?<=the[ ]series)|(?<=the[ ]show)),[ ]which"
    r"|,[ ](?:directed|written|produced)[ ]by[ ][^,;]{1,60},"
    r"|[ ]is[ ](?:now[ ]|currently[ ])?in[ ](?:the[ ])?[\w-]+[ ]and)?[ ](?:is|are)[ ](?:now[ ]|"
    r"still[ ]|currently[ ]|widely[ ])?(?:expected|on[ ]track)(?:[ ](?:sometime|some[ ]time|"
    r"to[ ]arrive|to[ ]land|to[ ]premiere|to[ ]return|to[ ]be[ ]released|to[ ]air|to[ ]debut|"
    r"to[ ]be|out))?" + _TAIL
)
"""A release expected, with no verb of its own: "the film, directed by X, is expected in 2026";
not "another film" or someone's "next film"."""
_WITH_EXPECTED = lazy_pattern(
    r"\bwith[ ](?:(?:the|its)[ ](?:film|movie|series|show|season|sequel|finale|feature)"
    r"(?:[ ](?:two|three|four|\d))?|(?:a|the|its)[ ]release)"
    r"[ ](?:now[ ]|still[ ]|currently[ ]|widely[ ])?expected"
    r"(?:[ ](?:to[ ]arrive|to[ ]land|to[ ]premiere|to[ ]be[ ]released|to[ ]debut|out))?" + _TAIL
)
"""The same hope as a clause after another statement: "Filming begins next month, with the
film expected on its streamer in 2026", "with a release expected in 2026"."""
_WHICH = lazy_pattern(r"\b([Tt]he[ ](?:film|movie|series|show|feature)),[ ]which[ ][^,;]{1,60},")
"""A relative clause between the film and its verb: "the film, which has yet to be dated,"."""
_REACH = 200
_SHOOTING_AND = (
    r"\b(?:is|are)[ ](?:now[ ]|currently[ ]|still[ ])?"
    r"(?:shooting|filming|in[ ]production)"
    r"(?:[ ](?:now|currently|at[ ]the[ ]moment))?,?[ ]and[ ](?:is[ ]|are[ ])?(?:now[ ])?expected"
)
_SHOOTING_AND_EXPECTED = lazy_pattern(_SHOOTING_AND + _TAIL)
"""A work shooting now, then expected on air: "a drama that is filming now and expected on BBC
One next year", "is now shooting, and is expected", "is currently in production and
expected": the time after "expected" is the release's, though the shoot is named first."""
_SHOOTING_THEN = lazy_pattern(_SHOOTING_AND + r"\b")


_TITLED = lazy_pattern(
    r"[ “\"]*(?P<name>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|of|the|and)){0,4}?)"
    r"(?:[ ](?:series|season)[ ](?:two|three|four|five|\d{1,2}))?[ ](?:is|are)[ ]"
    r"(?:now[ ]|still[ ]|currently[ ])?expected" + _WHERE + r"(?:[ ](?:in|by|during|for))?$"
)
"""The article's own title opening the sentence, then "is expected" where it is shown: "Birch
Hollow is expected on Netflix in early 2026", "Birch Hollow series two is expected on BBC One and
iPlayer in 2026" (a person "is expected in May" somewhere, never on a platform)."""


def expected_release(before: str, chunk: str, start: int, context: Context) -> bool:
    """The words before the time (``start``) say the release is expected."""
    if EXPECTED.search(before) or on_track(before):
        return True
    titled = _TITLED.match(chunk[:start].rstrip()) if " expected " in chunk else None
    if titled is not None and context.is_known(_head_word(titled["name"])):
        return True
    if "with " in before and _WITH_EXPECTED.search(before):
        return True
    if " expected" in before and _SHOOTING_AND_EXPECTED.search(before):
        return True
    if " and is expected" in chunk:  # "the film is in post-production and is expected ..."
        head = chunk[max(0, start - _REACH) : start].rstrip()
        if EXPECTED.search(head):
            return True
    if ", which " not in chunk:
        return False
    head = chunk[max(0, start - _REACH) : start]
    return EXPECTED.search(_WHICH.sub(r"\1", head).rstrip()) is not None


def _head_word(name: str) -> str:
    """The name's first word past a leading article ("The Tidewell Men": "Tidewell"), the one
    that tells whose title it is."""
    words = name.split()
    return words[1] if len(words) > 1 and words[0] in {"The", "A", "An"} else words[0]


def shoot_in(clause: str) -> bool:
    """The clause speaks of the shoot, unless only as the state before the release it expects
    ("is filming now and expected on BBC One next year")."""
    return FILMING_NOUN.search(clause) is not None and _SHOOTING_THEN.search(clause) is None


def hope(before: str, window: str) -> bool:
    """An expected release is a hope, so hedged; one the maker says is on track for a year, a
    season or a month is its plan (a part of a year, "early 2027", stays a hope)."""
    return not on_track(before) or year_part(window)
