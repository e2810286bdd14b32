"""Credits told with the craft first, for :mod:`bot.extract.crewforms`: "Behind the camera is
X", "The score, (again) by X, ...", "The music comes from X" (also a list's last item, "..., and
the score comes from X"; a title after the name is another work's), the absolute "..., with X
behind the camera" and the credit shared after it is told ("A and B are executive producers, as
are C and D")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewmodifiers import only_qualifies
from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import hint
from bot.extract.names import LIST_SPLIT, NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_END = r"(?![\w’'-]|[ ][A-Z]|[ ](?:on|for|of)[ ][“\"‘']?[A-Z])"
_CRAFT_FIRST = lazy_pattern(
    r"(?:^|(?<=[,;:][ ])|(?<=[,;][ ]and[ ]))"
    r"(?P<craft>[Bb]ehind[ ]the[ ]camera|(?:[Tt]he[ ])?(?:score|music|script|"
    r"screenplay|editing|cinematography),[ ](?:(?:once[ ])?again[ ]|also[ ])?by"
    r"|(?:[Tt]he[ ])?(?:score|music)[ ](?:comes|came)"
    rf"[ ]from)[ ](?:is[ ]|was[ ])?(?P<name>{NAME})"
    rf"(?P<rest>(?:,[ ]{NAME})*,?[ ]and[ ]{NAME})?{_END}"
)
_WITH_BEHIND = lazy_pattern(
    rf"\bwith[ ](?P<names>{NAME}(?:[ ]and[ ]{NAME})?)[ ](?:(?:once[ ])?again[ ]|also[ ])?"
    r"behind[ ]the[ ]camera\b"
)
"""The director in an absolute phrase: "A directs the first three, with B behind the camera
for the rest" (only after a clause of directing: on a clause of the shoot, "Filming ran in May,
with B behind the camera", B may be the director or the one at the camera)."""
_DIRECTING = lazy_pattern(r"\b(?:direct|helm)(?:s|ed|ing)?\b")
"""A verb of directing in the clause before "with" (after its last ";"): not "director's cut",
"directly" or "direction", nor a verb of another clause."""
_AND = lazy_pattern(r"[ ]and[ ]")
_SCORE_FROM = lazy_pattern(
    r"\b(?:[Aa]n?|[Aa]nother)[ ](?P<words>(?:[a-z-]+,?[ ]){1,3}?)score[ ]from[ ]"
    rf"(?P<name>{NAME}){_END}"
)
"""The score told as music someone gave: "another gentle synth score from X", "a cello score
from X" ("the score from <another film>" names a work; "a perfect score from <a critic>" a
rating: a word of music before "score" is needed)."""
_MUSICAL = lazy_pattern(
    r"synth|orchestra|string|piano|cello|violin|electronic|ambient|jazz|folk|choral|brass|"
    r"guitar|percuss|minimalis|symphon|music"
)
_AS_ARE = lazy_pattern(
    r"\b(?:are|is|were|was|be)[ ](?:the[ ])?(?P<role>(?:(?:executive|exec)[ ])?producers?|"
    r"(?:casting[ ])?directors?|(?:screen)?writers?|(?:co-)?creators?|composers?|editors?)"
    r"(?:[ ](?:on|of|for)[ ](?:the|this)[ ](?:film|movie|series|show))?,[ ]as[ ]"
    rf"(?:are|is|were|was|will[ ]be)[ ](?P<names>{NAME}"
    rf"(?:(?:,[ ]|,?[ ]and[ ]){NAME}){{0,6}})(?=[,.;]|$)"
)
"""The same credit for more people, after the first are told: "A and B are executive producers,
as are C and D" (after "are" or "is": not "art directors"; "producers on Y, as are" is another
work's, so the role must end the clause)."""
INVERTED_HINT = hint(
    "ehind the camera", ", by ", "again by ", ", also by ", "comes from ", "came from ",
    "score from ", ", as are ", ", as is ", ", as were ", ", as was ", ", as will be ",
)  # fmt: skip
"""The words a craft-first credit needs (tested before the call, a generator saved)."""
_WORD = lazy_pattern(r"behind|score|music|script|screenplay|editing|cinematography")


def inverted_credits(chunk: str, lower: str) -> Iterator[tuple[str, CrewRole]]:
    """The person a craft-first sentence credits."""
    if not INVERTED_HINT.search(chunk):
        return
    for match in _CRAFT_FIRST.finditer(chunk):
        word = _WORD.search(match["craft"].lower())
        if word is not None and not only_qualifies(chunk, match["name"], match.end("name")):
            yield match["name"], CREW_WORDS[word.group()]
            others = LIST_SPLIT.split(match["rest"]) if match["rest"] else []
            if others and not only_qualifies(chunk, others[-1], match.end()):
                yield from ((name, CREW_WORDS[word.group()]) for name in others if name)
    if "score from " in chunk:
        for match in _SCORE_FROM.finditer(chunk):
            if _MUSICAL.search(match["words"]) and not only_qualifies(
                chunk, match["name"], match.end("name")
            ):
                yield match["name"], CrewRole.COMPOSER
    if ", as " in chunk:
        for match in _AS_ARE.finditer(chunk):
            role = CREW_WORDS[" ".join(match["role"].lower().split())]
            yield from ((name, role) for name in LIST_SPLIT.split(match["names"]) if name)
    if "with " in chunk and "behind the camera" in chunk:
        for match in _WITH_BEHIND.finditer(chunk):
            clause = chunk.rfind(";", 0, match.start()) + 1
            if _DIRECTING.search(chunk, clause, match.start()) is None:
                continue
            yield from ((name, CrewRole.DIRECTOR) for name in _AND.split(match["names"]))
