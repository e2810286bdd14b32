"""Joining a named work in a part: "X has joined the Salt Year film as Y", "X joins the cast of
Salt Year as Y", "X has joined Salt Year as Y", "X boards Salt Year as Y", "X joins the second
series of Lumen and Vela drama Salt Year as Y" (the series and its makers' kind before the name).

The form credits the part to the work it names, so :func:`bot.extract.works.judge_credit`
decides whether it is the article's own (another production's casting is dropped, an unknown
one held). The stretch is claimed either way: the work's name is never read as the actor.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, DESCRIPTOR, Casting
from bot.extract.castrelationof import relation_of_part
from bot.extract.cues import hint, near, scan
from bot.extract.lexicon import GENRE_NOUNS, ORDINAL_WORD
from bot.extract.names import FULL_NAME, NAME, TOKEN
from bot.extract.text import View
from bot.lazy_patterns import lazy_pattern

_JOIN_HINT = hint(" join", " board")
"""Joined, joins, joining; boards, boarded (two substring tests, the cheapest gate)."""
_WORK_NOUN = (
    r"(?:film|movie|series|show|drama|adaptation|production|cast|ensemble|sequel|prequel|"
    r"spin-off|spinoff|reboot|remake|miniseries|feature|picture|project)"
)
_JOINS_WORK = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})(?:[ ]\([^()]{{1,60}}\))?(?:,[ ][^,.;:()“”\"]{{1,80}},)?[ ]"
    r"(?:(?:has|have|had|is|are|will|has[ ]now|has[ ]officially|has[ ]also)[ ])?"
    r"(?:(?:now|officially|also|reportedly)[ ])?"
    r"(?:joined|joins|join|joining|boards|boarded|board|boarding)[ ]"
    r"(?:the[ ](?:cast|ensemble|line-up)[ ]of[ ])?"
    rf"(?:the[ ](?:new[ ])?(?:{ORDINAL_WORD}[ ])?(?:series|season)[ ]of[ ])?"
    rf"(?:(?:{TOKEN}[ ](?:and[ ]{TOKEN}[ ])?)?{GENRE_NOUNS}[ ](?=[“\"‘]?[A-Z]))?"
    rf"(?:(?:{TOKEN}[’']s|the)[ ])?[“\"‘]?(?P<work>{NAME})[”\"’]?"
    rf"(?:[ ]{_WORK_NOUN}){{0,2}}[ ]as[ ]{DESCRIPTOR}(?P<char>{CHAR})"
)
_REACH = 160
"""How far before the verb the actor's name can start (an aside between them)."""


def joins(view: View, evidence: str) -> list[Casting]:
    """Each "joins <work> as <part>" in the sentence, credited to that work."""
    chunk, lower, starts, offset = view.chunk, view.lower, view.starts, view.span.start
    if not _JOIN_HINT.search(lower):
        return []
    found: list[Casting] = []
    for match in scan(_JOINS_WORK, chunk, near(starts, _JOIN_HINT.positions(lower), _REACH)):
        start, end = offset + match.start(), offset + match.end()
        actor = "" if relation_of_part(chunk, match.start(), match.end()) else match["actor"]
        found.append(  # "joins X as a friend of Mira's": whose friend, the stretch still claimed
            Casting(actor, match["char"], evidence, start, end=end, work=match["work"])
        )
    return found
