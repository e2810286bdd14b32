"""The rarer shapes of a crew credit: a clause after the work ("The film, which X wrote and Y
directed"), a co-writer ("wrote the script with playwright X"), "X's score", "the story X began
as a webcomic", a screenplay "adapted from their ... volume", roles in brackets after names
("Crew: A (director), B (writer + EP)"). The verb phrases that credit crew are
:mod:`.crewactive`'s."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewasides import BOOK_NOUN, OWNER
from bot.extract.crewcompanyproducers import company_producers
from bot.extract.crewcowriters import CO_END, co_writers, earlier_work
from bot.extract.crewdebuts import debut_credits
from bot.extract.crewepisodes import episode_credits
from bot.extract.crewfeatures import feature_from
from bot.extract.crewinverted import INVERTED_HINT, inverted_credits
from bot.extract.crewnamedas import named_as
from bot.extract.crewowners import COMPANY_OWNER, NOT_OWNER
from bot.extract.crewscores import score_for
from bot.extract.crewtitled import titled_object, titled_which
from bot.extract.crewverbs import BEGAN_AS
from bot.extract.crewwords import CREW_WORDS, possessed_crafts
from bot.extract.cues import hint, scan
from bot.extract.names import LIST_SPLIT, NAME, TOKEN
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_CREDIT_WORDS = (
    "wrote",
    "penned",
    "scripted",
    "co-wrote",
    "directed",
    "helmed",
    "produced",
    "executive produced",
    "created",
    "scored",
    "shot",
    "edited",
)
_CREDIT_VERB = "(?:" + "|".join(sorted((v.replace(" ", "[ ]") for v in _CREDIT_WORDS), key=len,
                                       reverse=True)) + ")"  # fmt: skip
_CO_DESCRIPTOR = (
    r"(?:(?:his|her|their)[ ](?:(?:longtime|long-time|frequent|regular|usual)[ ])?(?:sister|"
    r"brother|wife|husband|partner|mother|father|daughter|son|cousin|collaborator)"
    r"(?:,[ ]|[ ](?=[A-Z]|the[ ])))?"
    r"(?:(?:the|an?)[ ])?(?:(?:[A-Z][\w-]*[ ])?(?:playwright|writer|screenwriter|novelist|"
    r"author|poet|dramatist|comedian|journalist|director|film-?maker)[ ])?"
)
"""Who the co-writer is: "the Irish playwright", "his sister, the novelist", "a collaborator"."""
_WHICH_CREDITS = lazy_pattern(
    r"\b(?:film|movie|series|show|script|screenplay|adaptation|thriller|drama|comedy|feature|"
    rf"documentary|romance|sequel|miniseries),[ ]which[ ](?P<a>{NAME})[ ]"
    rf"(?P<va>{_CREDIT_VERB})(?:(?:,[ ]|,?[ ]and[ ])(?P<b>{NAME})[ ](?P<vb>{_CREDIT_VERB})"
    rf"|[ ]with[ ]{_CO_DESCRIPTOR}(?P<co>{NAME})|[ ]and[ ](?P<vc>{_CREDIT_VERB}))?"
    r"(?=[,.;]|[ ](?:in[ ]full|alone|and[ ](?:will|is|also))\b"
    rf"|[ ]from[ ](?:his|her|their)[ ](?:own[ ])?(?:[\w-]+[ ]){{0,3}}?{BOOK_NOUN}(?=[,.;]))"
)
"""The work's relative clause: "The film, which Achterberg wrote and Sęk-Lind directed, ...",
"The film, which Achterberg wrote with the novelist Ek, ..." (a co-writer; a co-producer may
be a company, so only writing is shared), "the series, which X created and wrote in full",
"the film, which X wrote from her own books, ..." (the source, the writer's own)."""
_WITH_CO_WRITER = lazy_pattern(
    r"\b(?:wrote|co-wrote|penned|writes|is[ ]writing|co-writes|co-writing|(?:co-)?written)[ ]"
    r"(?:the[ ]|a[ ])?"
    rf"(?:script|screenplay|film|teleplay)[ ]with[ ]{_CO_DESCRIPTOR}(?P<name>{NAME}){CO_END}"
)
"""The co-writer: "wrote the script with Irish playwright X"."""
DIRECTOR_WROTE_IT = lazy_pattern(
    r"\b[Dd]irected[ ]by[ ](?:(?:[A-Z][\w-]*[ ])?(?:[a-z][\w-]*[ ]){1,2})?"
    rf"(?P<name>{NAME}),[ ]who[ ](?:also[ ])?(?:co-wrote|wrote|co-scripted|scripted|penned|"
    rf"co-penned)[ ]it(?:[ ]with[ ]{_CO_DESCRIPTOR}(?P<co>{NAME}))?(?=[,.;])"
)
"""The director's own clause on what they directed: "Directed by first-timer X, who co-wrote it
with playwright Y, the film ..." (the "it" is the work the credit is on): X and Y wrote it."""
_BEGAN_AS = lazy_pattern(rf"(?P<name>{NAME}){BEGAN_AS}")
"""The source's maker: "the story Achterberg began as a webcomic in 2016"."""
_SCRIPT_ADAPTED = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ](?:own[ ])?(?:script|screenplay),?[ ](?:which[ ])?(?:is[ ]|was[ ])?"
    r"(?:adapted|based)[ ](?:from|on)[ ]"
    r"(?:(?:the|one)[ ](?:[\w-]+[ ]){0,4}?(?:(?:volumes?|books?|instalments?)[ ])?of[ ])?"
    rf"(?:his|her|their)[ ](?:own[ ])?(?:[\w-]+[ ]){{0,5}}?{BOOK_NOUN}"
)
"""A writer who is also the author: "Achterberg's own screenplay, which is adapted from their
upcoming sixth and final volume", "X's script, adapted from the last volumes of their comics"."""
_SOURCE_TOO = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]who[ ](?:wrote|penned|scripted)[ ]the[ ](?:screenplay|script|film)[ ]"
    r"(?:as[ ]well[ ]as|and(?:[ ]also)?)[ ]the[ ](?:[\w-]+[ ]){0,4}?(?:graphic[ ]novels?|novels?|"
    r"books?|comics?|webcomic)[ ](?:it|the[ ]film|the[ ]series)[ ](?:is|was|’s|'s)[ ]based[ ]on\b"
)
"""A screenwriter who wrote the source too: "X, who wrote the film and the novels it is from"."""


_NAME_IS_ROLE = lazy_pattern(
    rf"(?P<name>{NAME})(?:[ ]\([^()]{{1,40}}\))?[ ](?:is|was|will[ ]be)[ ](?:the[ ])?"
    r"(?:film’s[ ]|film's[ ])?(?P<role>cinematographer|director[ ]of[ ]photography|editor|composer|"
    r"casting[ ]director|producer)(?=[,.;]|[ ](?:and|on|for)[ ](?:the[ ]|this[ ])?[a-z])"
)
"""A credit stated with "is": "X is cinematographer", "Y (“Z”) is director of photography"."""
_AND_WILL = lazy_pattern(
    rf"(?P<name>{NAME}(?:[ ](?:and|&)[ ]{NAME})?)(?![ ]by[ ])[ ](?:has[ ]|had[ ])?[a-z]"
    r"[^.;:]{0,120}?[ ]"
    r"and[ ](?:will[ ]|also[ ]|is[ ]set[ ]to[ ]|(?:is|are)[ ](?:also[ ])?)?"
    r"(?P<verb>direct|directs|helm|helms|produce|produces|producing|score|scores|edit|edits|"
    r"(?:executive|exec)[ -]produc(?:e|es|ing)|(?:executive|exec)[ ]producers?)"
    r"(?=[.;,]|$|[ ](?:with|alongside|on[ ](?:the|this)[ ](?:film|movie|series|show))\b"
    r"|[ ]the[ ](?:first|last|opening|final|other)[ ](?:two|three|four|five|six)(?=[.;,]|$))"
)
"""A second verb for the sentence's subject: "X wrote the screenplay with Y and will direct",
"X wrote all six and directs the first two", "X and Y return as A and B and are also executive
producers on the film" ("Created by X, who ... and executive producer" is a passive credit's)."""
_AND_WITH = lazy_pattern(
    rf"[ ](?:with[ ](?:{COMPANY_OWNER})?|alongside[ ]{OWNER})(?P<name>{NAME}{NOT_OWNER}"
    rf"(?:(?:,[ ]|,?[ ](?:and|&)[ ]){NAME}{NOT_OWNER}){{0,8}})"
)
"""The co-producers after it: "... and is executive producing with Z", "... alongside Lumen
Films’ A, B and C" (the company is no producer)."""
_IS_ROLE_HINT = hint(
    "cinematographer", "photography", "editor", "composer", "casting director", "producer"
)
_AND_WILL_HINT = hint(" and direct", " and will", " and also", " and is ", " and are ",
                      " and produc", " and scor", " and edit", " and helm",
                      " and exec")  # fmt: skip
_PAIR_SPLIT = lazy_pattern(r"[ ](?:and|&)[ ]")
_PRODUCING = frozenset({CrewRole.PRODUCER, CrewRole.EXECUTIVE_PRODUCER})


def _and_will_role(verb: str) -> CrewRole:
    if verb.startswith("exec"):
        return CrewRole.EXECUTIVE_PRODUCER
    return CREW_WORDS[verb.rstrip("s")]


_CO_WRITER = lazy_pattern(
    rf"\b(?:screenplay|script)[ ](?:that[ ])?(?:he|she|they|{TOKEN})[ ](?:co-wrote|co-penned|"
    rf"wrote|penned)[ ]with[ ]{_CO_DESCRIPTOR}(?P<name>{NAME}){CO_END}"
)
"""The other writer: "directs from a screenplay he co-wrote with (the Irish playwright) X"."""


def directors_writers_kept(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` without the writers a director's clause names ("directed by X, who co-wrote it
    with Y") where no director of that sentence is kept: the "it" is the work X directed, so
    what makes that credit another work's or an earlier run's ("Her last film, T, was directed
    by X"; "The first film was directed by X") makes its writing theirs too, though the checks
    on a credit read only the words before its own name."""
    directed = {fact.evidence for fact in crew if fact.role is CrewRole.DIRECTOR}
    return [
        fact
        for fact in crew
        if fact.role is not CrewRole.WRITER
        or fact.evidence in directed
        or not any(
            fact.name in {match["name"], match["co"]} or fact.name.endswith(f" {match['name']}")
            for match in DIRECTOR_WROTE_IT.finditer(fact.evidence)
        )
    ]


def other_credits(
    chunk: str, lower: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """The rarer shapes of a credit, each tried only where its words are."""
    yield from titled_which(chunk, context)
    yield from titled_object(chunk, starts, context)
    if "score" in chunk or "music" in chunk or "soundtrack" in chunk:
        yield from score_for(chunk, context)
    if "debut" in chunk:
        yield from debut_credits(chunk, context)
    yield from feature_from(chunk, context)
    yield from company_producers(chunk) if " produced" in chunk else ()
    if INVERTED_HINT.search(chunk):
        yield from inverted_credits(chunk, lower)
    if " as " in chunk:
        yield from named_as(chunk)
    if "direct" in chunk or "wr" in chunk or "penned " in chunk:
        yield from episode_credits(chunk)
    if " with " in chunk and ("script" in lower or "screenplay" in lower):
        yield from ((m["name"], CrewRole.WRITER) for m in _CO_WRITER.finditer(chunk))
    if (" is " in chunk or " was " in chunk or " will be " in chunk) and _IS_ROLE_HINT.search(
        lower
    ):
        for match in scan(_NAME_IS_ROLE, chunk, starts):
            yield match["name"], CREW_WORDS[" ".join(match["role"].split())]
    if " and " in chunk and _AND_WILL_HINT.search(lower):
        second = _AND_WILL.match(chunk)
        if second is not None:
            role = _and_will_role(second["verb"])
            yield from ((name, role) for name in _PAIR_SPLIT.split(second["name"]))
            with_name = _AND_WITH.match(chunk, second.end())
            if with_name is not None and role in _PRODUCING:
                yield from ((name, role) for name in LIST_SPLIT.split(with_name["name"]))
    yield from co_writers(chunk)
    if ", which " in chunk:
        which = _WHICH_CREDITS.finditer(chunk)  # not "her previous thriller, which X directed"
        for match in (m for m in which if not earlier_work(chunk, m.start(), 20)):
            yield match["a"], CREW_WORDS[" ".join(match["va"].split())]
            if match["b"]:
                yield match["b"], CREW_WORDS[" ".join(match["vb"].split())]
            if match["vc"]:
                yield match["a"], CREW_WORDS[" ".join(match["vc"].split())]
            if match["co"] and CREW_WORDS[match["va"]] is CrewRole.WRITER:
                yield match["co"], CrewRole.WRITER
    if " with " in chunk and "wr" in lower:
        yield from ((m["name"], CrewRole.WRITER) for m in _WITH_CO_WRITER.finditer(chunk))
    if " it" in chunk and "irected by " in chunk:
        for match in DIRECTOR_WROTE_IT.finditer(chunk):
            yield from ((name, CrewRole.WRITER) for name in (match["name"], match["co"]) if name)
    if "’s " in chunk or "'s " in chunk:
        yield from possessed_crafts(chunk, lower, starts)
        if "adapted" in lower or "based" in lower:
            for match in scan(_SCRIPT_ADAPTED, chunk, starts):
                yield match["name"], CrewRole.AUTHOR
    if " as a" in chunk:
        for match in scan(_BEGAN_AS, chunk, starts):
            yield match["name"], CrewRole.AUTHOR
            yield match["name"], CrewRole.CREATOR
    if "based on" in chunk and ", who " in chunk:
        for match in scan(_SOURCE_TOO, chunk, starts):
            yield match["name"], CrewRole.AUTHOR


_BRACKET_WORDS = frozenset(
    {
        "director",
        "writer",
        "screenwriter",
        "creator",
        "ep",
        "exec producer",
        "executive producer",
        "producer",
        "composer",
        "music",
        "score",
        "editor",
        "cinematographer",
        "dop",
        "dp",
        "casting",
        "casting director",
    }
)
_ROLES_IN_BRACKETS = lazy_pattern(
    r"[ ]\((?:(?:the|our)[ ])?(?P<roles>[A-Za-z][A-Za-z +/&,-]{1,40})\)"
)
_NAME_BEFORE = lazy_pattern(rf"(?P<name>{NAME})$")
_NAME_REACH = 60
_ROLE_JOIN = lazy_pattern(r"[ ]*(?:[+/&,]|\band\b)[ ]*")


def bracketed_roles(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """ "Crew: A (director), B (writer + EP), C (music)": every word in the brackets a role
    (else they hold something else: "X (Ward Nine)", "Y (Juniper)")."""
    for match in _ROLES_IN_BRACKETS.finditer(chunk):
        words = [w for w in _ROLE_JOIN.split(match["roles"].lower()) if w]
        if not words or not all(w in _BRACKET_WORDS for w in words):
            continue
        start = max(match.start() - _NAME_REACH, 0)
        for at in range(start, match.start()):
            if chunk[at].isupper() and (at == 0 or not chunk[at - 1].isalnum()):
                named = _NAME_BEFORE.match(chunk, at, match.start())
                if named is not None:
                    yield from ((named["name"], CREW_WORDS[w]) for w in words)
                    break
