"""A credit in a relative clause on the production named by its title, for
:func:`bot.extract.crewforms.other_credits`: "Salt Year, which Ada Vale directed from Tom
Reyes's screenplay, was shot in 2025" credits Ada Vale as director when Salt Year is the
article's own production (another work's clause credits nothing here); so does the title as a
verb's object: "Ada Vale wrote and directed Salt Year, which ..."."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewwhotitled import who_titled
from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import scan
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERB_WORDS = (
    "directed",
    "co-directed",
    "wrote",
    "co-wrote",
    "scripted",
    "scored",
    "shot",
    "edited",
    "created",
)
_OBJECT_VERBS = "|".join(sorted((*_VERB_WORDS, "written", "co-written"), key=len, reverse=True))
"""The verbs (and the participles after "has") that take the production's title as object."""
_COLLABORATOR = (
    r"(?:his|her|their)[ ](?:[a-z-]+[ ]){0,2}?(?:collaborator|co-writer|writing[ ]partner)[ ]"
)
"""A co-writer told by who they are to the writer: "her longtime collaborator"."""
_PARTNER = (
    rf"(?:{_COLLABORATOR}"
    r"|(?:the|an?)[ ](?:[A-Z][\w-]*[ ])?(?:playwright|novelist|screenwriter|writer|poet|author|"
    r"dramatist|journalist)[ ])?"
)
"""Who a co-writer is, before the name: "her longtime collaborator", "the Welsh novelist"."""
_TITLE_WHICH = lazy_pattern(
    rf"(?P<work>{NAME}),[ ]which[ ](?P<name>{NAME}|she|he|they)[ ](?:also[ ])?"
    rf"(?P<verbs>(?:{_OBJECT_VERBS})(?:[ ]and[ ](?:{_OBJECT_VERBS}))?)"
    rf"(?:[ ]with[ ]{_PARTNER}(?P<co>{NAME})(?=[,.;]))?"
    rf"(?:[ ]and[ ](?:which[ ])?(?P<other>{NAME}|she|he|they)[ ](?:also[ ])?"
    rf"(?P<others>(?:{_OBJECT_VERBS})(?:[ ]and[ ](?:{_OBJECT_VERBS}))?))?"
    r"(?=[,.;]|[ ](?:from|in|on|for|with|over|across)\b)"
)
"""The maker in the title's clause: "Title, which X directed", "Title, which she wrote and
directed", and a co-writer: "Title, which X co-wrote with Y," (a pronoun stands for the person
the sentence before is about); a second maker's clause after it, "which" said again or not:
"Title, which she wrote and which X directed", "Title, which X wrote and Y directed"."""
_TITLE_OBJECT = lazy_pattern(
    rf"(?P<name>{NAME}|(?<=^Now[ ])(?:he|she|they))[ ](?:(?:has|have)[ ](?:also[ ])?)?"
    rf"(?P<verbs>(?:{_OBJECT_VERBS})(?:[ ]and[ ](?:{_OBJECT_VERBS})"
    rf"|(?:,[ ](?:{_OBJECT_VERBS})){{1,2}}(?=,?[ ]and[ ])(?:,?[ ]and[ ](?:{_OBJECT_VERBS}))?)?)"
    r"(?:,?[ ]and[ ](?:stars|starred|appears|appeared)[ ]in)?[ ]"
    rf"[“\"‘']?(?P<work>{NAME})[”\"’']?(?=[,.;:]|$|[ ](?:in|for|with|from|at|and)\b)"
)
"""The production's title as the object: "X wrote and directed Title, which premiered ...", "X
created, wrote and stars in Title" (a run of credits, the part played left to the cast), "X has
directed Title", and a profile's turn to the subject's new work: "Now she has created, written
and stars in Title" (the pronoun stands for the one the sentence before is about)."""
_CO_WRITER = lazy_pattern(
    rf"\b(?:co-)?wrote[ ][“\"‘']?(?P<work>{NAME})[”\"’']?[ ]with[ ](?:{_COLLABORATOR})?"
    rf"(?P<name>{NAME})(?=[,.;]|[ ]*$)"
)
"""The co-writer after the production's title: "... wrote Title with her longtime collaborator
X." (whoever the subject is; a name that runs on may be more than a co-writer)."""
_OBJECT_HINT = lazy_pattern(
    rf"(?:{_OBJECT_VERBS}|(?:stars|starred|appears|appeared)[ ]in)[ ][“\"‘']?[A-Z]"
)
_AND = lazy_pattern(r",?[ ]and[ ]|,[ ]")


def titled_object(
    chunk: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """ "X directed Title", "X co-wrote and directed “Title”": X's credits, when the title is the
    article's own production (a title only the headline names may be the maker's earlier work:
    "‘Glass Hours’ director X returns")."""
    yield from who_titled(chunk, context)
    if _OBJECT_HINT.search(chunk) is None:
        return
    now = _TITLE_OBJECT.match(chunk, 4) if chunk.startswith("Now ") else None
    for match in (*scan(_TITLE_OBJECT, chunk, starts), *((now,) if now else ())):
        if context.is_ours(match["work"]):
            name = match["name"].capitalize() if match["name"].islower() else match["name"]
            yield from ((name, CREW_WORDS[verb]) for verb in _AND.split(match["verbs"]))
    if " with " in chunk:
        for match in _CO_WRITER.finditer(chunk):
            if context.is_ours(match["work"]):
                yield match["name"], CrewRole.WRITER


def titled_which(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "Title, which X directed ...": X's credit, when the title is the article's own; "a new
    special, which X has written": X's, the production named by its kind."""
    if ", which " not in chunk:
        return
    for match in _TITLE_WHICH.finditer(chunk):
        work = match["work"]  # ours, or the headline's when no production is known as ours
        if context.is_ours(work) or (not context.ours and context.is_known(work)):
            name = match["name"].capitalize() if match["name"].islower() else match["name"]
            yield from ((name, CREW_WORDS[verb]) for verb in _AND.split(match["verbs"]))
            if match["co"] and "wrote" in match["verbs"]:
                yield match["co"], CrewRole.WRITER  # "Title, which X co-wrote with Y"
            if other := match["other"]:  # "Title, which X wrote and which Y directed"
                other = other.capitalize() if other.islower() else other
                yield from ((other, CREW_WORDS[verb]) for verb in _AND.split(match["others"]))
    for match in _TITLE_WHICH_HAS.finditer(chunk):
        work, start = match["work"], match.start()
        kind = KIND_BEFORE.search(chunk, max(start - 60, 0), start) is not None
        if kind or context.is_ours(work) or (not context.ours and context.is_known(work)):
            for name, verb in ((match["name"], match["verb"]), (match["other"], match["verb2"])):
                if name and (word := verb.removeprefix("has ")) in CREW_WORDS:
                    yield name, CREW_WORDS[word]
    for match in _KIND_WHICH.finditer(chunk):
        yield match["name"], CREW_WORDS[match["verb"]]


_KIND_WHICH = lazy_pattern(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his)[ ]"
    r"(?:(?!previous|last|earlier|first|debut|original|other|another|next)[\w-]+[ ]){0,3}"
    rf"(?:special|film|feature|series|finale),[ ]which[ ](?P<name>{NAME})[ ]"
    r"(?P<verb>has[ ]written|has[ ]directed|is[ ]writing|is[ ]directing|will[ ]direct)"
    r"(?=[,.;]|[ ]and\b)"
)
"""The production named by its kind, its maker in the clause after it ("a one-off special,
which X has written and ..."); a previous, debut or other work is not."""
_HAS_VERB = r"has[ ](?:(?:co-)?written|(?:co-)?directed|scored|edited|created)"
_TITLE_WHICH_HAS = lazy_pattern(
    rf"(?P<work>{NAME}),[ ]which[ ](?P<name>{NAME})[ ](?P<verb>{_HAS_VERB})"
    rf"(?:[ ]and[ ]which[ ](?P<other>{NAME})[ ](?P<verb2>{_HAS_VERB}))?"
    r"(?=[,.;]|[ ](?:from|in|on|for|with|over)\b)"
)
"""The title's clause told in the perfect, maybe twice: "Title, which X has written and which Y
has directed" (the same title checks as :data:`_TITLE_WHICH`)."""
KIND_BEFORE = lazy_pattern(
    r"(?<![ ]in[ ])\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]his)[ ]"
    r"(?:(?!previous|last|earlier|first|debut|original|other|another|next)[\w-]+[ ]){0,3}"
    r"(?:special|film|feature|series|finale),[ ]$"
)
"""The production named by its kind before its title: "with a film, Title, which X has
written" (as :data:`_KIND_WHICH`, with the title set between). Not after "in": "Lund also stars
in a horror film, Tarn Moor, which X has directed" is where someone acts, as likely another
work as ours."""
