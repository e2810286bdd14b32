"""Crew credits in shapes the main forms leave out, for :mod:`bot.extract.crew`.

* A plural role noun before a list: "Producers A and B have stayed on", "executive producers
  A, B and C".
* A name fused to a credit verb before the production: "the A-directed feature", "the
  B-written film" (a title after the noun is another work's: "the A-directed thriller Y").
* Scripts in the plural, and a co-writer after a writing credit: "directs every episode from
  scripts by A and B", a credit after a comma ("Directed by A, script by B"), "written by A
  with the poet B".
* A credit clause in a run of them: "A wrote the script, B directed, and C scored".
* A craft added with "with" at a clause's end: "B composes, with A cutting" (editing, scoring).

* A relative named between commas before the verb: "Ada's sister, X, will direct".

And one check: in a sentence that titles a person director, "shot the film" is the director
filming it, no second credit as cinematographer ("Director X, who shot the film in Kent").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewasides import BOOK_NOUN, OWNER
from bot.extract.crewbare import bare_run_credits
from bot.extract.crewcameras import camera_credits
from bot.extract.crewdirections import direction_credits
from bot.extract.crewedits import edit_credits
from bot.extract.crewhandiwork import handiwork_credits
from bot.extract.crewlone import lone_verb_credits
from bot.extract.crewmanners import manner_credits
from bot.extract.crewnods import nod_credits
from bot.extract.crewpairedposts import paired_posts
from bot.extract.crewpossessed import possessed_credits
from bot.extract.crewqualified import qualified
from bot.extract.crewsourcesof import source_of_credits
from bot.extract.crewsuccessors import successors
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import LIST_SPLIT, NAME
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_NAMED = rf"{NAME}(?![’'-])"
"""A whole name: not a possessive, nor cut at a hyphen ("Choi Ha-neul" is no "Choi Ha")."""
_PLURAL = lazy_pattern(
    r"(?:^|(?<=[ (]))(?<!the[ ])(?<!its[ ])(?<!their[ ])(?<!whose[ ])(?<!other[ ])"
    r"(?<!former[ ])(?<!fellow[ ])(?<!previous[ ])(?<!original[ ])"
    r"(?P<role>(?i:(?:executive|exec)[ ]producers|casting[ ]directors|producers|screenwriters|"
    r"writers|directors|editors|composers|co-creators|creators))[ ]"
    rf"(?P<names>{_NAMED}(?:(?:,[ ]{_NAMED}){{0,6}},?[ ](?:and|&)[ ]{_NAMED}))"
    r"(?=[ ](?:have|has|are|were|will|remain|stay|return|also|join|both)\b|[,.;:]|$)"
)
"""Two or more names after a plural role noun that starts the phrase ("the producers A and B"
may be another work's, so "the" is left out), closed by a verb or the clause's end."""
_PLURAL_HINT = lazy_pattern(r"(?i:producers|writers|directors|editors|composers|creators)[ ][A-Z]")
_PLURAL_ENDS = ("ers ", "ors ", "ERS ", "ORS ")
"""Every plural role noun ends so: four substring tests spare most sentences the hint."""

_FUSED = lazy_pattern(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)[ ](?P<name>{NAME})-(?P<verb>directed|helmed|written|scripted|"
    r"penned|produced)[ ](?:new[ ]|(?P<kind>[a-z]+)[ ])?(?:feature|film|movie|series|show|"
    r"adaptation|finale|sequel|drama|thriller|comedy|documentary|western|musical|biopic|romance)"
    r"\b(?![ ][A-Z“\"‘'])"
)
"""The production described by its maker: "Filming on the A-directed feature began", "Y, the
A-directed road movie starring ..." (one word may describe the noun)."""
_EARLIER_PART = lazy_pattern(
    r"\b(?:starred|starring|appeared|appearing|seen|featured|known|played|role|roles|turn|"
    r"breakout|cameo|work|worked)[ ](?:[a-z]+[ ])?(?:in|for|on)[ ]$"
)
"""A part the actor already had: "who starred in the A-directed film" is another work."""
_NOT_KIND = frozenset({"the", "a", "an", "and", "of", "in", "is", "was", "new"})

_NO_VERB = (
    r"(?![\w’'-]|[ ][A-Z]|[ ](?!(?:as|this|plus|thus|its|his|us|across|versus|whereas)\b)"
    r"(?:[a-z]+(?<!ss)s|is|was|will|has|had|also|now)\b)"
)
"""Not followed by a verb of its own ("B produces", "B is producing", "B will produce"); a word
ending in -s that is no verb ("B as part of", "B this autumn", "B plus a room") is none."""
_WRITER_NOUN = r"(?:poet|playwright|novelist|author|writer|screenwriter|journalist|comedian)[ ]"
"""What a writer is called before their name: "scripts by playwright B", "with the poet B"."""
_SCRIPTS_BY = lazy_pattern(
    rf"(?:\bscripts|(?<=,[ ])(?:script|screenplay))[ ]by[ ](?:(?:the[ ])?{_WRITER_NOUN})?"
    rf"(?P<names>{_NAMED}(?:(?:,[ ]{_NAMED}){{0,6}},?[ ](?:and|&)[ ]{_NAMED}{_NO_VERB})?)"
)
"""The writers of "scripts by A, B and C" (or "by playwright A"); a last name with its own verb
starts a new clause: "from scripts by A, and B produces for Tin Lid" (B the producer, no
writer)."""
_WITH_CO = lazy_pattern(
    rf"\b(?:written|co-written|scripted)[ ]by[ ](?:{NAME})[ ]with[ ](?:the[ ])?"
    rf"(?:{_WRITER_NOUN})?(?P<name>{_NAMED})(?=[,.;]|[ ](?:and|it)\b|$)"
)
"""The co-writer of a passive writing credit: "written by A with the poet B, it stars ..."."""


_WITH_CRAFT = lazy_pattern(
    rf"\bwith[ ](?P<name>{_NAMED})[ ](?:also[ ])?(?P<verb>cutting|editing|scoring)"
    r"(?=[,.;]|$|[ ]and[ ][A-Z])"
)
"""A craft credit added at a clause's end: "X directs, with A cutting", "..., with B scoring"."""

_OWNER_RE = lazy_pattern(OWNER)
_WITH_PRODUCING = lazy_pattern(
    rf"\bwith[ ](?P<names>{OWNER}{_NAMED}(?:(?:,[ ]|,?[ ](?:and|&)[ ]){OWNER}{_NAMED}){{1,8}})[ ]"
    r"(?:also[ ])?(?P<verb>(?:executive|exec)[ -]producing|producing)\b"
)
"""A list of producers told after the main credit: "X directs, with A, Lumen's B and C exec
producing" (each company left out)."""
_WRITER_NOUN = r"(?:author|novelist|writer|poet|playwright|journalist)"
_BASED_BY = lazy_pattern(
    rf"(?:^Based[ ]on:[ ]|\bbased[ ]on[ ](?:the[ ]|a[ ]|an[ ])?(?:[\w-]+[ ]){{0,2}}?{BOOK_NOUN}[ ])"
    rf"(?:[“\"‘]?{NAME}[”\"’]?,?[ ])?by[ ](?:(?:the[ ])?(?:[A-Z][\w-]*[ ])?{_WRITER_NOUN}[ ])?"
    rf"(?P<name>{_NAMED})"
)
"""The source's author: "Based on: Salt Lanes by X", "based on the 2019 novel Salt Lanes by X",
"based on the novel by Welsh author X" (who the author is, before the name, is no name)."""

_KIN_APPOSED = lazy_pattern(
    rf"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ ](?:sister|brother|wife|husband|partner|daughter|"
    rf"son|mother|father|cousin|niece|nephew|longtime[ ]collaborator),[ ](?P<name>{_NAMED}),[ ]"
    r"(?:will[ ]|is[ ]set[ ]to[ ]|also[ ])?(?P<verbs>(?:direct|directs|executive[ ]produce|"
    r"executive[ ]produces|exec[ ]produce|produce|produces)\b"
    r"(?:[^.;,]{0,60}?[ ]and[ ](?:will[ ])?(?:direct|executive[ ]produce|exec[ ]produce|"
    r"produce)s?\b)?)"
)
"""A relative named in apposition, then the verb: "Ada's sister, X, will direct the first two
episodes and executive produce" (the name sits between commas, so the verb forms miss it)."""
_COMMA_NAME = lazy_pattern(r",[ ][A-Z]")
_KIN_ENDS = ("ter", "ther", "wife", "band", "ner", "son", "sin", "ece", "phew", "rator")
"""How the relatives' words end: a comma and a name after one is worth the full pattern (a
search that starts at the comma, not at every letter)."""
_KIN_VERBS = (
    (re.compile(r"\bdirects?\b"), CrewRole.DIRECTOR),
    (re.compile(r"\b(?:executive|exec)[ ]produces?\b"), CrewRole.EXECUTIVE_PRODUCER),
    (re.compile(r"(?<!executive[ ])(?<!exec[ ])\bproduces?\b"), CrewRole.PRODUCER),
)


_CLAUSE_AFTER = lazy_pattern(
    r"\b(?:wrote|co-wrote|penned|scripted|directed|produced|scored|edited|shot|composed|"
    r"starred|stars)\b[^A-Z,;.:“”\"]{0,50}(?:,[ ](?:just[ ])?as[ ][^A-Z,;.:“”\"]{1,60})?"
    r"(?:,[ ](?:and[ ])?|[ ]and[ ]|;[ ])"
    rf"(?P<name>{_NAMED})(?:[ ]\([^()]{{1,40}}\))?[ ](?P<verb>directed|produced|edited|scored)"
    r"(?=,|[ ]and\b|[.;]|$)"
)
"""A credit clause in a run of them: "A wrote the script, B directed, and C ...", "A wrote the
script; B directed." (a clause
that names another work before it is no run of ours; "B (Pale Orchard) directed": a bracket
after the name is what B is known for, the verb still ours)."""
_CLAUSE_HINT = lazy_pattern(r"[ ](?:directed|produced|edited|scored)(?:[,.;]|[ ]and[ ])")


_DUTY_APPOSED = lazy_pattern(
    rf"(?<![\w,][ ])(?P<name>(?![A-Z][a-z]*ing\b){_NAMED}),[ ]"
    r"(?P<verb>directing|producing|editing|scoring),[ ](?![A-Z]|[a-z]+ing\b)"
)
"""A participle in apposition: "X, directing, keeps the show's look" (X directs)."""
_DUTY_HINT = lazy_pattern(r",[ ](?:directing|producing|editing|scoring),[ ]")


def listed_credits(chunk: str) -> Iterator[tuple[str, CrewRole | None]]:
    """Credits in the shapes above, each tried only where its words are (a name with no role
    is a person named without a credit)."""
    if "ing, " in chunk and _DUTY_HINT.search(chunk):
        yield from ((m["name"], CREW_WORDS[m["verb"]]) for m in _DUTY_APPOSED.finditer(chunk))
    if (
        " directed" in chunk or " produced" in chunk or " edited" in chunk or " scored" in chunk
    ) and _CLAUSE_HINT.search(chunk):
        match = _CLAUSE_AFTER.search(chunk)
        while match is not None:  # each clause's verb may open the next ("B produced, and C ...")
            yield match["name"], CREW_WORDS[match["verb"]]
            match = _CLAUSE_AFTER.search(chunk, match.start("verb"))
    if any(end in chunk for end in _PLURAL_ENDS) and _PLURAL_HINT.search(chunk):
        for match in _PLURAL.finditer(chunk):
            if qualified(chunk, match.start()):
                continue  # "associate producers A and B"
            role = CREW_WORDS[" ".join(match["role"].lower().split())]
            yield from ((name, role) for name in LIST_SPLIT.split(match["names"]) if name)
    if "-" in chunk:
        for match in _FUSED.finditer(chunk):
            if match["kind"] in _NOT_KIND or _EARLIER_PART.search(chunk, 0, match.start()):
                continue  # "who starred in the A-directed film": the actor's earlier work
            yield match["name"], CREW_WORDS[match["verb"]]
    if "scripts by" in chunk or ", script by" in chunk or ", screenplay by" in chunk:
        for match in _SCRIPTS_BY.finditer(chunk):
            yield from ((n, CrewRole.WRITER) for n in LIST_SPLIT.split(match["names"]) if n)
    if " with " in chunk and " by " in chunk:
        yield from ((m["name"], CrewRole.WRITER) for m in _WITH_CO.finditer(chunk))
    if "with " in chunk and ("cutting" in chunk or "editing" in chunk or "scoring" in chunk):
        yield from ((m["name"], CREW_WORDS[m["verb"]]) for m in _WITH_CRAFT.finditer(chunk))
    if "producing" in chunk and "with " in chunk:
        for match in _WITH_PRODUCING.finditer(chunk):
            role = (
                CrewRole.PRODUCER if match["verb"] == "producing" else CrewRole.EXECUTIVE_PRODUCER
            )
            names = LIST_SPLIT.split(match["names"])
            yield from ((_OWNER_RE.sub("", name), role) for name in names if name)
    if any(chunk.endswith(_KIN_ENDS, 0, m.start()) for m in _COMMA_NAME.finditer(chunk)):
        for match in _KIN_APPOSED.finditer(chunk):
            verbs = match["verbs"]
            yield from ((match["name"], r) for verb, r in _KIN_VERBS if verb.search(verbs))
    if "ased on" in chunk:
        yield from ((m["name"], CrewRole.AUTHOR) for m in _BASED_BY.finditer(chunk))
    yield from successors(chunk)
    yield from nod_credits(chunk)
    yield from manner_credits(chunk)
    yield from bare_run_credits(chunk)
    yield from lone_verb_credits(chunk)
    yield from camera_credits(chunk)
    yield from direction_credits(chunk)
    yield from source_of_credits(chunk)
    yield from edit_credits(chunk)
    yield from paired_posts(chunk)
    yield from handiwork_credits(chunk)
    yield from possessed_credits(chunk)


_SHOT = lazy_pattern(r"\b(?:shot|shoots|shooting|filmed|camera)\b")
_CAMERA_ROLE = lazy_pattern(r"cinematograph|photography|\bdop\b|\bd\.o\.p\b", re.IGNORECASE)


def _only_shot(evidence: str) -> bool:
    """Whether ``evidence`` tells a camera credit only by "shot", naming no camera post."""
    return _SHOT.search(evidence) is not None and not _CAMERA_ROLE.search(evidence)


def without_director_shots(
    raw: list[tuple[str, CrewRole, str]],
) -> list[tuple[str, CrewRole, str]]:
    """``raw`` credits (name, role, sentence) without a cinematographer credit told only by
    "shot" for a person the same sentence calls director (the name as found may still carry
    the role word: "Director X")."""
    directors = [(name, evidence) for name, role, evidence in raw if role is CrewRole.DIRECTOR]
    return [
        (name, role, evidence)
        for name, role, evidence in raw
        if not (
            role is CrewRole.CINEMATOGRAPHER
            and any(said == evidence and name.endswith(d) for d, said in directors)
            and _only_shot(evidence)
        )
    ]


def director_shots_dropped(facts: dict[tuple[str, CrewRole], CrewFact]) -> list[CrewFact]:
    """``facts`` without a cinematographer credit told by "shot" for a person the article
    credits as director elsewhere ("The director, X, ... X shot the film across one summer":
    the director filming it, not a camera credit), the camera post named for nobody or for
    someone else in the same sentence ("X shot it in Kent with cinematographer Y")."""
    cameras = [
        (name, fact.evidence)
        for (name, role), fact in facts.items()
        if role is CrewRole.CINEMATOGRAPHER
    ]
    return [
        fact
        for (name, role), fact in facts.items()
        if not (
            role is CrewRole.CINEMATOGRAPHER
            and (name, CrewRole.DIRECTOR) in facts
            and _SHOT.search(fact.evidence) is not None
            and (
                _only_shot(fact.evidence)
                or any(said == fact.evidence and other != name for other, said in cameras)
            )
        )
    ]
