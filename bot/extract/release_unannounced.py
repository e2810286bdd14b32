"""A release date said to be unknown, told from a trailer's or a poster's date said to be
unknown: "the trailer is still coming in the next few weeks, no exact date" says nothing of the
film's release; nor is a title "which Netflix has yet to reveal, and ... the release date": the
thing not revealed is the relative clause's antecedent, and the date named after the comma
belongs to another clause. Nor is "no transmission date beyond 2027": a year is told, the date
finer than it is what is missing. Nor is a "no date" of a time gone by ("had been confirmed when
the episode was recorded")."""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.release_past_unknowns import known_since
from bot.extract.release_withheld_dates import withheld_date
from bot.extract.release_words import NOT_ANNOUNCED
from bot.lazy_patterns import lazy_pattern

_PROMO_WORDS = r"(?:trailer|teaser|clip|poster|featurette|first[- ]look)s?"
_PROMO = lazy_pattern(rf"\b{_PROMO_WORDS}\b", re.I)
"""A promotional thing that has dates of its own."""
_SIDE_THING = (
    rf"(?:{_PROMO_WORDS}|(?:soundtrack|album|single|tour|ticket|book|image|photo|still)s?)\b"
    rf"(?!-|[ ](?:{GENRE_NOUNS}|adaptation|version)\b)"
)
"""A promotional thing or a side product (a soundtrack, tickets, a tour) with dates of its own;
not a word that only describes the work ("the book adaptation", "the still-untitled film")."""
_SIDE_WHEN = lazy_pattern(
    rf"(?<=\bwhen)[ ](?:(?:the|its|their|any|a|an)[ ])?(?:[\w’'-]+[ ]){{0,2}}?{_SIDE_THING}",
    re.I,
)
"""The thing an unknown "when" is about, right after it: "not said when the trailer lands",
"yet to say when tickets for the tour go on sale"."""
_SIDE_DATE = lazy_pattern(
    r"s?(?:[ ]yet)?[ ](?:for|of|on)[ ]"
    rf"(?:the|its|their|any|a|an)[ ](?:[\w’'-]+[ ]){{0,2}}?{_SIDE_THING}",
    re.I,
)
"""The thing an unknown date is for, right after it: "no date yet for the soundtrack album"."""
_RELEASE_NOUN = lazy_pattern(
    r"\b(?:release|premiere|launch|air|broadcast|transmission|streaming|debut|opening)", re.I
)
"""What makes a missing date the film's own ("no release date")."""
_BEYOND_YEAR = lazy_pattern(
    r"[ ](?:yet[ ])?(?:beyond|other[ ]than|past)[ ][\"“'‘]?"
    r"(?:(?:early|late|mid-?|sometime[ ]in|some[ ]time[ ]in)[ ]?)?20\d\d\b"
)
"""A year said after the missing date: " beyond 2027", " other than “early 2027”"."""


def unannounced(chunk: str) -> bool:
    """Whether ``chunk`` says the release date is not yet known; not when the date missing is
    that of a trailer, teaser or poster named before it, with no word of the release."""
    match = next(
        (
            m
            for m in NOT_ANNOUNCED.finditer(chunk)
            if not _of_antecedent(chunk, m)
            and _BEYOND_YEAR.match(chunk, m.end()) is None
            and not known_since(chunk, m.start(), m.end())  # "had been set when we spoke"
            and not _of_side_thing(chunk, m.end())  # "not said when the trailer lands"
        ),
        None,
    )
    if match is None:
        return withheld_date(chunk)  # "would not be drawn on a release date"
    return not (_PROMO.search(chunk, 0, match.start()) and not _RELEASE_NOUN.search(chunk))


def _of_side_thing(chunk: str, end: int) -> bool:
    """The missing date or "when" ending at ``end`` is a trailer's, a soundtrack's or a tour's,
    named right after it, not the release's."""
    return bool(_SIDE_WHEN.match(chunk, end) or _SIDE_DATE.match(chunk, end))


_RELATIVE = lazy_pattern(
    r"(?P<antecedent>[^,;:]{0,60}),[ ](?:which|that)[ ](?:the[ ]\w+|[A-Z][\w’'-]*|it|they)[ ]$"
)
"""A relative clause that opens just before the statement: "the film's title, which Netflix "."""
_DATE_WORD = lazy_pattern(r"\b(?:date|window|when|day)\b")


def _of_antecedent(chunk: str, match: re.Match[str]) -> bool:
    """The statement at ``match`` is a relative clause whose verb ends at a comma ("which
    Netflix has yet to reveal, and ...") about an antecedent that is no date ("the film's
    title"): the date word the pattern reached past the comma is another clause's."""
    own = match.group().split(",", 1)
    relative = _RELATIVE.search(chunk, max(0, match.start() - 100), match.start())
    return (
        len(own) > 1
        and _DATE_WORD.search(own[0]) is None
        and relative is not None
        and _DATE_WORD.search(relative["antecedent"]) is None
    )
