"""A date on which something opened *with* a work: an event's opening night, not a release.

"The Quenlow festival opened on 6 June with a documentary about lighthouse keepers": a film
does not open with a documentary, nor "with Pia Dorne's Tin Harbour" (a maker's named work);
a festival, season or strand does. The subject is the event,
and its opening day is no release date of the article's film (nor of the unnamed work it
opened with). "Moss Hollow opens on 6 June with a gala screening" stays a release: a screening
is no work.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_OPENED = lazy_pattern(r"\b(?:opened|opens|open|will[ ]open|is[ ]opening)[ ](?:on|in)[ ]$")
"""The verb just before the date: "opened on ", "opens in "."""
_WITH_A_WORK = lazy_pattern(
    r",?[ ]with[ ](?:an?|its|the)[ ](?:[\w’'-]+[ ]){0,2}?"
    rf"(?:{GENRE_NOUNS}|feature|short|animation)s?\b(?![’'])"
)
"""What it opened with, right after the date: "with a documentary", "with a new Irish drama",
"with the Cornish romance Tin Harbour" (never "with the film's cast": the film's own people)."""
_TITLE_WORD = r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*"
"""A capitalised word of a title, hyphened only to another capitalised one ("Tin", "Cross-Town");
never "Oscar-tipped", a capital bound to a lowercase describing word."""
_WITH_SOMEONES_WORK = lazy_pattern(
    r",?[ ]with[ ](?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*[’']s[ ](?:[a-z][\w’'-]*[ ]){0,2}?"
    rf"{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,5}}"
    r"(?=[,.;:!?)]|[ ][–—-][ ]|[ ](?:and|starring|about|which|that|from|at|in)\b|[ ]*$)"
)
"""Or a maker's named work, a title whole up to where the sentence goes on: "with Pia Dorne's
Tin Harbour, starring ...", "with Cal Moss's new Windlash Lane." (never "with a gala screening",
"with Netflix's blessing" nor "with Ada Vale's Oscar-tipped turn": the words after the owner
describe, they name no work)."""


def opened_with_a_work(chunk: str, start: int, end: int) -> bool:
    """The date from ``start`` to ``end`` is the day something opened with a work named
    indefinitely after it: an event's opening, not a release (see above)."""
    return (
        " with " in chunk
        and _OPENED.search(chunk, max(start - 30, 0), start) is not None
        and (
            _WITH_A_WORK.match(chunk, end) is not None
            or _WITH_SOMEONES_WORK.match(chunk, end) is not None
        )
    )
