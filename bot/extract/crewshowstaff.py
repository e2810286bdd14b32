"""A podcast write-up's own staff and next guest, for :mod:`bot.extract.crewelsewhere`.

A write-up of an episode names the show's host, then the people who make the show with them
("Later, Wren and producer Ada Vale pick their films of the month") and closes on a teaser of
the next episode ("Next week: casting director Ada Vale on finding new faces"; invented
examples), read only on a page with a host (a recap's "Next week:" is our next episode). The
producer beside the host makes the podcast; the teaser's guest is another episode's subject.
Neither credits the film the episode talks about, unless the sentence names that film.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.hosts import hosts
from bot.extract.names import NAME
from bot.extract.people import People
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NEXT_TEASER = lazy_pattern(
    r"[ “\"‘']*(?:(?:Coming[ ]up[ ])?[Nn]ext[ ](?:week|time|episode)|Coming[ ]up)"
    r"(?:[ ](?:on|in)[ ][A-Z][^:;.!?–—]{0,40}?)?[ ]?[:–—-][ ]"
)
"""A teaser's opening: "Next week: ", "Next time – ", "Coming up: ", or with the show named
("Next week on Night Desk: ")."""
_BESIDE_HOST = r"[ ]and[ ](?:(?:their|her|his|the[ ]show’s|the[ ]show's)[ ])?"
_STAFF = lazy_pattern(rf"(?P<host>{NAME}){_BESIDE_HOST}(?:producer|researcher|editor)[ ]{NAME}")
"""The host, then the colleague beside them: "Wren and producer Ada Vale"."""
_INFO_HOST = lazy_pattern(rf"\|[ ]Hosted[ ]by[ ](?P<name>{NAME})")
"""An episode's info line, "Night Desk, episode 41 | 52 minutes | Hosted by Wren Talloway": a
capitalised "Hosted by" that :func:`~bot.extract.hosts.hosts` leaves to the body's prose."""


def show_staff(doc: Doc, people: People, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences that name the show's own staff or its next guest."""
    named = {m["name"] for m in _INFO_HOST.finditer(doc.text)}  # "| Hosted by X": no " and "
    if " and " in doc.text:  # hosts() reads "X and producer Y" and the like: most pages name none
        named |= hosts(doc.text, people)
    words = {word for host in named for word in host.split()}
    if not words:  # a recap's "Next week: the second episode, directed by X" is ours
        return set()

    def beside_host(chunk: str) -> bool:
        return any(set(m["host"].split()) & words for m in _STAFF.finditer(chunk))

    return {
        v.span.start
        for v in doc.views
        if (_NEXT_TEASER.match(v.chunk) or beside_host(v.chunk)) and not names_ours(v.chunk)
    }
