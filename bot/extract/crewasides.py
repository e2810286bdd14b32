"""Crew credits told in asides, for :mod:`bot.extract.crew`: a screenwriter adapting their own
book ("X wrote the script, adapting their upcoming novel"), an author named by their next
volume of this work ("X, whose fourth Lanterns novel is due in May"), and a role shared in an
aside after a list of names ("A and B, both executive producers on the film").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewadaptsown import adapts_own
from bot.extract.crewbookruns import book_runs
from bot.extract.crewbooksof import TITLE_BEFORE, owned_books
from bot.extract.crewbrackets import completed_names
from bot.extract.crewcopular import copular_credits
from bot.extract.crewinterrupted import interrupted_credits
from bot.extract.crewmine import own_makers
from bot.extract.crewoverseers import overseeing_producers
from bot.extract.crewparticiples import object_writers, participle_credits, past_long_who
from bot.extract.crewplurals import plural_apposed
from bot.extract.crewreported import reported_credits
from bot.extract.crewsources import source_of_ours
from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import hint, scan
from bot.extract.names import LIST_SPLIT, NAME, TOKEN
from bot.extract.people import clean_name
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

OWNER = r"(?:(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*(?:[ ]\d{1,2})?[’'](?:s(?=[ ]))?[ ](?=[A-Z]))?"
"""A company before a later listed name: "with A, Lumen Films’ B and C", "and a numbered
channel's B" (not the first after "with", which may be a company itself: "with Lisbon’s Studio
Onda")."""
BOOK_NOUN = (
    r"(?:graphic[ ]novels?|novels?|books?|comics?|webcomic|memoir|volumes?|instalments?|"
    r"installments?)\b"
)
_PLAY = r"(?<![ ]to[ ])(?:stage[ ])?plays?(?=[,.;]|$|[ ](?:of|about|from|which|that|for)\b)"
"""A play as the source ("adapting his 2019 play of the same name"), never the verb ("adapting
her style to play ...")."""
_PART_OF = (
    r"[ ]the[ ](?:first|second|third|fourth|fifth|sixth|last|final|latest|closing|concluding|"
    r"opening)(?:[ ]and[ ](?:last|final))?(?:[ ](?:two|three|few))?(?:[ ](?:volumes?|books?|"
    r"instalments?|installments?|parts?|chapters?|pages|issues|stretch))?[ ]of"
)
"""One book of a run, or some of it, told as a part of it: "the last of their novels", "the
final volume of", "the sixth and last of", "the closing chapters of", "the final stretch of"."""
_ADAPTING_OWN = lazy_pattern(
    rf"(?P<name>{NAME})(?:(?:[ ](?:[a-z][\w’'-]*[ ]){{1,5}}?[a-z][\w’'-]*)?,[ ]"
    r"(?:adapting(?:[ ]the[ ](?:story|tale|plot)[ ]from)?|adapted[ ]from|drawing[ ]on|"
    rf"who[ ](?:has[ ])?adapted)(?:{_PART_OF})?[ ](?:his|her|their)[ ](?:own[ ])?"
    r"|[ ]adapted[ ](?:the[ ](?:script|screenplay|film|series)[ ])?from[ ](?:his|her|their)"
    r"[ ]own[ ])"
    rf"(?:[\w-]+[ ]){{0,4}}?(?:{BOOK_NOUN}|(?P<play>{_PLAY}))"
)
"""The writer who adapts their own book: "X wrote the script, adapting their sixth novel" (or
"adapting the story from their ...", "adapting the last of their own novels"), a credits line's
"Screenplay: X, adapting her own novel", "a screenplay by X, adapted from the final volume of
their novels", "X, who adapted her own novels for the series", "the finale, which X adapted
from their own final volume"."""
_ADAPTED_BY_OWN = lazy_pattern(
    r"\badapted[ ]by[ ](?:the[ ](?:[A-Z][\w-]*[ ])?(?:playwright|novelist|writer|author|poet|"
    rf"dramatist)[ ])?(?P<name>{NAME})[ ]from[ ](?:his|her|their)[ ]own[ ]"
    rf"(?:[\w-]+[ ]){{0,3}}?(?:{BOOK_NOUN}|(?P<play>{_PLAY}))"
)
"""The same, told passively: "adapted by the playwright X from his own stage play"."""
_WHOSE_BOOK = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:who[ ][^,;]{{0,80}}?[ ]and[ ])?whose[ ](?:[a-z][\w-]*[ ]){{0,3}}?"
    rf"(?P<work>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ](?:[a-z][\w-]*[ ])?{BOOK_NOUN}"
)
"""The author of this work's books: "X, whose fourth Lanterns novel is out in May" (a book of
another work, "whose debut novel Y", says nothing of ours)."""
_WHOSE_SOURCE = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:who[ ][^,;]{{0,80}}?[ ]and[ ])?whose[ ](?:[a-z\d][\w-]*[ ]){{0,2}}?"
    rf"{BOOK_NOUN}(?:[ ][“\"‘]?[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and|in|on))*[”\"’]?)?"
    r"[ ](?:(?:the[ ](?:film|movie|series|show|adaptation)|it)[ ]"
    r"(?:is[ ]based[ ]on|was[ ]based[ ]on|adapts)"
    r"|of[ ]the[ ]same[ ](?:name|title))\b"
)
"""The author whose book the work is made from: "X, whose novel the film (or "it") is based
on", "X, who wrote the script and whose novels the series adapts", "X, whose novel of the same
name"; the book told by its year or its title too ("whose 2019 novel T it adapts")."""
_PART_WRITTEN = lazy_pattern(
    r"\b(?:[Aa]|[Tt]he)[ ](?:new[ ])?(?:character|role|part)[ ](?:that[ ]|which[ ])?"
    rf"(?P<name>{NAME})[ ](?:wrote|penned)[ ](?:(?:specifically|especially|expressly)[ ])?"
    r"for[ ](?:the|this)[ ](?:film|movie|series|show|sequel|season)\b(?![’'-])"
)
"""The writer of a part made for our work: "a character X wrote specifically for the film"."""
_SHARED_ROLE = lazy_pattern(
    rf"(?P<names>{NAME}(?:(?:,[ ]|,?[ ](?:and|&)[ ]){NAME}){{1,4}}),[ ]"
    r"(?:[^,;()]{0,60}?(?:,[ ]|[ ]and[ ]))?(?:both|all|each)[ ](?:now[ ]|also[ ])?"
    r"(?P<role>executive[ ]producers?|exec[ ]producers?|producers?|co-creators?|writers?|"
    r"directors?)[ ](?:on|of|for)[ ](?:the|this)[ ](?:film|movie|series|show|project)\b"
    r"(?![’'-]|[ ][A-Z“\"‘'])"
)
"""A role shared in an aside: "played by A and B, both now in their twenties and both executive
producers on the film"."""
_PLAYWRIGHT = lazy_pattern(r"\b(?:playwright|dramatist)\b")
_ADAPTING_HINT = hint(
    "adapting", "adapted from", "adapted the ", "drawing on", "who adapted", "who has adapted"
)
_SHARED_HINT = hint("both ", "all ", "each ")
_SHARED_ROLE_HINT = hint("producers", "creators", "writers", "directors")


def _source_author(chunk: str, match: re.Match[str]) -> bool:
    """Whether the adapter is also the source's author: always for a book; for a play only when
    the adapter is named a playwright ("dramatist X, adapting his own play"), since the author
    credit is the book's and a screenwriter's own play makes them no author of ours."""
    return match["play"] is None or (
        _PLAYWRIGHT.search(chunk, max(match.start("name") - 30, 0), match.start("name")) is not None
    )


def aside_credits(
    chunk: str, lower: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """Credits in asides, each tried only where its words are."""
    yield from completed_names(chunk)
    yield from plural_apposed(chunk, lower)
    yield from interrupted_credits(chunk)
    yield from participle_credits(chunk)
    yield from object_writers(chunk)
    yield from past_long_who(chunk)
    yield from overseeing_producers(chunk)
    yield from reported_credits(chunk)
    yield from source_of_ours(chunk, lower, starts, context)
    yield from book_runs(chunk, context)
    yield from own_makers(chunk)
    yield from adapts_own(chunk)
    if _ADAPTING_HINT.search(lower):
        for match in scan(_ADAPTING_OWN, chunk, starts):
            if _source_author(chunk, match):
                yield match["name"], CrewRole.AUTHOR
            if chunk.startswith(", adapting ", match.end("name")):
                yield match["name"], CrewRole.WRITER  # "X, adapting their novel, splits ..."
    if "adapted by " in chunk and " own " in chunk:
        for match in _ADAPTED_BY_OWN.finditer(chunk):
            if _source_author(chunk, match):
                yield match["name"], CrewRole.AUTHOR
    if (" wrote for " in chunk or "ly for " in chunk or " penned " in chunk) and (
        "character " in chunk or "role " in chunk or "part " in chunk
    ):
        yield from ((m["name"], CrewRole.WRITER) for m in _PART_WRITTEN.finditer(chunk))
    if " whose " in chunk:
        yield from ((m["name"], CrewRole.AUTHOR) for m in scan(_WHOSE_SOURCE, chunk, starts))
        for match in scan(_WHOSE_BOOK, chunk, starts):
            if context.is_known(match["work"]):
                yield match["name"], CrewRole.AUTHOR
    if (
        _SHARED_HINT.search(lower)
        and _SHARED_ROLE_HINT.search(lower)
        and (
            " on the " in lower
            or " of the " in lower
            or " for the " in lower
            or " on this " in lower
            or " of this " in lower
            or " for this " in lower
        )
    ):
        for match in scan(_SHARED_ROLE, chunk, starts):
            role = CREW_WORDS[match["role"].lower().removesuffix("s")]
            yield from ((name, role) for name in LIST_SPLIT.split(match["names"]) if name)


_GAPPED = lazy_pattern(
    r"[ ]and[ ](?P<gap>(?:episodes?|parts?|blocks?|instalments?|installments?|chapters?|"
    r"the[ ](?:rest|remaining|second|third|last|final|other|others|latter))"
    rf"(?:[ ][a-z0-9][\w-]*){{0,5}}?)[ ]by[ ](?P<name>{NAME})"
)
"""A passive credit's second half with its verb left out: "Episodes one to four are directed by
A and episodes five to eight by B"."""
_VERB_LIKE = lazy_pattern(r"(?:ed|en)$|^(?:is|are|was|were|be|being|shot|cast|led|run|made)$")


_KIN_AFTER = lazy_pattern(
    r"[ ]and[ ](?:his|her|their)[ ](?:(?:longtime|long-time|frequent|regular)[ ])?"
    r"(?:sister|brother|wife|husband|partner|mother|father|daughter|son|cousin|collaborator)"
    rf"(?:,[ ](?:the[ ]|an?[ ])?(?:[a-z][\w-]*[ ]){{0,2}}?|[ ])(?P<name>{NAME})"
    r"(?=[,.;]|$|[ ]and\b)"
)
"""A second name joined by who they are to the first: "by A and his sister, the playwright B"."""
_OTHER_CRAFT = lazy_pattern(r"\b(?:cinematographer|composer|editor|producer|director|designer)\b")
"""A relative with a craft of their own ("and his partner, cinematographer B") is no co-credit."""
_DESCRIBED_AFTER = lazy_pattern(
    r"[ ]and[ ](?:the[ ])?(?:[A-Z][\w-]*[ ])?(?:playwright|novelist|author|poet|journalist|"
    rf"comedian|dramatist)[ ](?P<name>{NAME})(?=[,.;]|$|[ ]and\b)"
)
"""A second name after a passive credit, described by a trade of no crew post: "written by A
and playwright B" (a crew post of B's own, "and cinematographer B", is B's)."""
_BY_AGAIN = lazy_pattern(rf",?[ ]and[ ](?:also[ ])?by[ ](?P<name>[A-Z][\w’'-]*[ ]{NAME})[ ]for[ ]")
"""The same passive's "by" said again for another company's person, full name and company:
"by A for X Films and by B for the BBC" ("and by Netflix" is no person)."""


def gapped(chunk: str, end: int) -> list[str]:
    """The name the left-out verb credits, right after a passive credit ending at ``end``, or
    the relative credited with the name there."""
    if " and " in chunk[end : end + 6]:
        kin = _KIN_AFTER.match(chunk, end)
        if kin is not None and _OTHER_CRAFT.search(kin.group(0)) is None:
            return [kin["name"]]
        described = _DESCRIBED_AFTER.match(chunk, end)
        if described is not None:
            return [described["name"]]  # "written by A and playwright B"
        again = _BY_AGAIN.match(chunk, end)
        if again is not None and clean_name(again["name"]) == again["name"]:
            return [again["name"]]  # "by Screen Fund for ...": a word dropped, no plain name
    match = _GAPPED.match(chunk, end)
    if match is None or any(_VERB_LIKE.search(word) for word in match["gap"].split()):
        return []
    return [match["name"]]


_WIRE_CREDIT = lazy_pattern(
    r"[ (]*(?:additional[ ])?(?:reporting|editing|writing|compiled|research)[ ]by\b", re.IGNORECASE
)
"""A news agency's own credit line: "(Reporting by X; Editing by Y)", "Writing by Z"."""


def wire_credit(chunk: str) -> bool:
    """The sentence credits the article's reporters and editors, not the film's crew."""
    return _WIRE_CREDIT.match(chunk) is not None


_SCRIPT_BY_OF = lazy_pattern(
    rf"\b(?:script|screenplay)[ ]of[ ](?:the[ ])?(?:own[ ])?(?P<name>{NAME})"
)
"""Translated copy: "with a script of the own Achterberg" (the author's own script)."""
_SCRIPT_OF = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ](?:(?:own|adapted|original|first|debut|feature)[ ]){{0,2}}"
    r"(?:script|screenplay)\b(?![ ][a-z][\w-]*$)"
)
"""A script named by its writer: "X’s own script" (a heading's "X’s script unboxing", a noun phrase
with no verb, ends on what it is about: the unboxing, no credit)."""
_FEATURE_OF = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ](?:debut|second|third|fourth|fifth|sixth)[ ]feature"
    r"(?:[ ]film)?\b(?![ ](?:since|role|credit|as|of|in|with)\b|[ ][A-Z“\"‘']|[’'-])"
)
"""A film named by its director's count: "X’s second feature", "Y’s debut feature" (an actor's
film is a "role", "since" another, "as" something; a title after it is another work; an
actor's "first feature" is their first film, so "first" is no count of directing)."""
_FEATURE_FROM = lazy_pattern(
    rf"(?P<title>{NAME}),[ ](?:the|a)[ ](?:debut|second|third|fourth|fifth|sixth)[ ]feature"
    r"(?:[ ]film)?[ ](?:from|by)[ ](?:(?:[A-Z][\w-]*[ ])?(?:director|filmmaker|film-maker)[ ])?"
    rf"(?P<name>{NAME})(?![’'-]|[ ][a-z])"
)
"""The count after our title: "Brackwater Rise, the second feature from X,"."""
_TITLE_AFTER = lazy_pattern(rf",[ ][“\"‘']?(?P<title>{NAME})")


def _other_title_after(chunk: str, end: int, context: Context) -> bool:
    """Whether a title the article does not know follows the count ending at ``end``."""
    after = _TITLE_AFTER.match(chunk, end)
    return after is not None and not context.is_known(after["title"])


def _feature_is_ours(chunk: str, match: re.Match[str], context: Context) -> bool:
    """The count names our film beside our title ("Brackwater Rise, X’s debut feature,"); in a
    line-up ("Also screening: X’s second feature") or before another title it is held."""
    if _other_title_after(chunk, match.end(), context):
        return False
    before = TITLE_BEFORE.search(chunk, max(match.start() - 60, 0), match.start())
    return before is not None and context.is_known(before["title"])


def lede_feature(doc: Doc, context: Context) -> list[tuple[str, CrewRole, str]]:
    """The count as the lede's subject: "X’s second feature drew an ovation on Sunday" (the
    article's first sentence is about its film; later, such a sentence may be about another)."""
    first = next((s for s in doc.sentences if s.para != doc.title_para), None)
    if first is None or " feature" not in (text := doc.text[first.start : first.end].strip()):
        return []
    match = _FEATURE_OF.match(text)
    if match is None or _other_title_after(text, match.end(), context):
        return []
    return [(match["name"], CrewRole.DIRECTOR, text)]


_ADAPTED_GENRE = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his)[ ](?:[\w’'-]+[ ]){0,3}?adaptation[ ]of[ ]"
    rf"(?P<name>{NAME})[’']s[ ](?:(?:[a-z][\w-]*|\d{{4}}|[A-Z]{{2,}})[ ]){{0,3}}"
    r"(?:romance|thriller|saga|trilogy|novella|mystery|fantasy)s?\b"
    r"(?![ ][A-Z“\"‘']|[’'-]|[ ]with\b)"
)
"""The source named by its genre after "the adaptation of": "the adaptation of X’s bestselling
YA romance" ("an adaptation of" may be any; a title after it may be another work's)."""
_BOOK_HINT = hint("novel", "book", "comic", "memoir", "bestseller")


def owned_credits(
    chunk: str, lower: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """A script, book or film named by its owner: "X’s screenplay", "X’s third novel", "X’s
    second feature"."""
    if " script of " in lower or " screenplay of " in lower:
        yield from ((m["name"], CrewRole.WRITER) for m in _SCRIPT_BY_OF.finditer(chunk))
    if " feature " in chunk:
        for match in scan(_FEATURE_FROM, chunk, starts):
            if context.is_known(match["title"]):
                yield match["name"], CrewRole.DIRECTOR
    yield from copular_credits(chunk, context)
    if "’s " not in chunk and "'s " not in chunk:
        return
    if "script" in lower or "screenplay" in lower:
        for match in scan(_SCRIPT_OF, chunk, starts):
            yield match["name"], CrewRole.WRITER
    if " feature" in lower:
        for match in scan(_FEATURE_OF, chunk, starts):
            if _feature_is_ours(chunk, match, context):
                yield match["name"], CrewRole.DIRECTOR
    if "adaptation of " in lower:
        yield from ((m["name"], CrewRole.AUTHOR) for m in _ADAPTED_GENRE.finditer(chunk))
    if _BOOK_HINT.search(lower):
        yield from owned_books(chunk, starts, context)
