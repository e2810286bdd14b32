"""A credit told with "is" after the production's own post, for
:func:`bot.extract.crewasides.owned_credits`: "the film’s composer is Jon Arve" (or its
director of photography, its casting director or its producer), "although the series' editor
is her husband, Paul Dane, 41" (a relative between "is" and the name), "the executive producer
for Channel 4 is Ines Moor" (the commissioning company after "for", not a work told as
someone's earlier credit), the post owned by the one spoken to or the speaker, opening a
sentence ("Your composer is Jon Arve", "Our producer is Ines Moor at Tarn Films": the holder's
company may follow), and the job's work with its maker set off in commas ("the score, by Jon
Arve, is all strings")."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_COPULAR = lazy_pattern(
    r"(?:^|[,;:][ ]|\b(?:and|but|while|although|though|whereas)[ ])"
    r"(?:[Tt]he[ ](?:film|movie|show|series|feature)(?:[’']s|(?<=s)[’'])|[Ii]ts)[ ]"
    r"(?P<role>director[ ]of[ ]photography|director|writer|screenwriter|composer|editor|"
    r"cinematographer|creator|casting[ ]director|executive[ ]producer|producer)[ ]is[ ]"
    r"(?:(?:his|her|their)[ ](?:son|daughter|brother|sister|wife|husband|partner|father|mother|"
    rf"cousin|nephew|niece|friend),[ ])?(?P<name>{FULL_NAME})(?=[,.;]|$)"
)
_SPOKEN_TO = lazy_pattern(
    r"^[“\"]?(?:Your|Our)[ ](?P<role>director[ ]of[ ]photography|screenwriter|composer|"
    r"cinematographer|casting[ ]director|executive[ ]producer|producer)[ ]is[ ]"
    rf"(?P<name>{FULL_NAME})(?=[,.;]|$|[ ](?:at|of)[ ][A-Z])"
)
"""The post owned by the one spoken to or the speaker, opening the sentence: "Your composer is
X", "Our producer is X at Y Films". Never an editor, a writer or a director, which a magazine,
a fan site or a company has of its own; never under a headline of guesses."""
_OWN_OUTLET = lazy_pattern(
    r"\b(?:[Oo]ur|[Tt]he|[Tt]his|[Mm]y|[Yy]our)[ ](?:(?:[\w’'-]+[ ]){0,2}?"
    r"(?:podcast|newsletter|magazine|website|blog|radio[ ](?:show|programme|program)|station)"
    r"|(?:broad|web|live)cast|livestream)s?\b"
)
"""An outlet of the speaker's own told in the sentence, as a noun after its determiner ("Our
producer is X, who also runs the podcast", "on this station", "our broadcast"): the post is the
outlet's, not the work's. A verb ("the series will broadcast in May") or the medium ("heard on
the radio") is not an outlet."""
_LEAD = r"(?:^|[,;:][ ]|\b(?:and|but|while|although|though|whereas)[ ])"
_FOR_COMPANY = lazy_pattern(
    rf"{_LEAD}[Tt]he[ ](?P<role>executive[ ]producer|producer)[ ]for[ ](?:the[ ])?"
    r"(?P<company>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|\d+)){0,2})(?:[ ]is[ ]|,[ ](?=.*?,))"
    rf"(?P<name>{FULL_NAME})(?=[,.;]|$)"
)
"""The producing post held for a company: "the executive producer for the BBC is X", "the
producer for Channel 4, X, said" (a director or writer "for" a company may be its staff)."""
_AGAIN = r"(?:(?:once[ ])?again[ ]|also[ ])?"
_SET_OFF = lazy_pattern(
    r"\b[Tt]he[ ](?:(?:film|movie|show|series)(?:[’']s|[’'])[ ])?(?P<role>score|music|soundtrack|"
    rf"screenplay|script|cinematography|editing),[ ]{_AGAIN}by[ ](?P<name>{FULL_NAME}),[ ]"
)
"""The work and its maker in commas: "the score, by X, is mostly a single cello"; or with the
maker told as the same as before or as elsewhere in the work ("the score, again by X, ran long",
"the script, also by X,"): still this work's maker."""
_BY = (", by ", "again by ", "also by ")
"""What :data:`_SET_OFF` needs, tested before it."""
_OWNERS = ("’s ", "'s ", "s’ ", "s' ", "its ", "Its ")
"""The owner words the pattern needs, tested before it (most sentences have none)."""


def copular_credits(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The person named after "the film's <post> is" (or "the producer for <company> is"), or
    after "the <work>, by"."""
    if any(by in chunk for by in _BY):
        for match in _SET_OFF.finditer(chunk):
            role = match["role"]  # every word but "soundtrack" is one of CREW_WORDS
            yield match["name"], CrewRole.COMPOSER if role == "soundtrack" else CREW_WORDS[role]
    if "producer for " in chunk:
        for match in _FOR_COMPANY.finditer(chunk):
            if context.earlier.isdisjoint(match["company"].split()):
                yield match["name"], CREW_WORDS[match["role"]]
    if " is " not in chunk:
        return
    spoken_to = chunk.lstrip('“"').startswith(("Your ", "Our "))
    if spoken_to and not context.speculative and _OWN_OUTLET.search(chunk) is None:
        for match in _SPOKEN_TO.finditer(chunk):
            yield match["name"], CREW_WORDS[match["role"]]
    if not any(owner in chunk for owner in _OWNERS):
        return
    for match in _COPULAR.finditer(chunk):
        yield match["name"], CREW_WORDS[match["role"]]
