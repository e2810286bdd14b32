"""Find the people behind the camera and the credit each holds.

Four shapes cover how news copy credits crew: a role noun in front of the name ("director X",
"The director, X,"), a role noun after it ("X, our casting director"), a passive credit
("directed by X", "produced by A for Company and B for Company", a press release's "Written by
..." and "Executive Producers: ..." lines), and a subject with a verb phrase ("X is directing",
"X, who wrote the screenplay", "X returns as composer", "A and B exec producing alongside C").
Names resolve to the article's full name; a name cast as a character is no crew."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.crewactive import ACTIVE, ACTIVE_KEYS
from bot.extract.crewanaphors import fused_elsewhere
from bot.extract.crewasides import OWNER, aside_credits, gapped, owned_credits
from bot.extract.crewbackers import listed_post, own_act
from bot.extract.crewbrackets import completed_names, unmarked
from bot.extract.crewcategories import nominee_roles
from bot.extract.crewcompanied import with_company_group
from bot.extract.crewconnector import CONNECTOR as _CONNECTOR
from bot.extract.crewcontrasts import own_stretch
from bot.extract.crewcreated import created_by_screenwriter, created_credits
from bot.extract.crewcues import credit_cues
from bot.extract.crewduties import shared_duties, title_apposed
from bot.extract.crewearlierseasons import RUNS_MADE, earlier_credit
from bot.extract.crewelsewhere import NotCredited, a_part, unretracted
from bot.extract.crewfilmseries import series_writers_dropped
from bot.extract.crewforms import bracketed_roles, other_credits
from bot.extract.crewlabels import (
    LABEL_FOR,
    LINE_START,
    LIST_MARK,
    PARALLEL_FOR,
    crew_line,
    labelled,
    own_post,
)
from bot.extract.crewleavers import another_runs, credited_here
from bot.extract.crewlisted import director_shots_dropped, listed_credits, without_director_shots
from bot.extract.crewlistnames import commissioned_dropped, split_names
from bot.extract.crewmodifiers import EARLIER_RUN, SAME_NAME, VERB_ASIDES, book_roles, this_credit
from bot.extract.crewnamewords import names_a_body
from bot.extract.crewnominated import nominated_makers
from bot.extract.crewoutsideposts import company_post, festivals_unknown
from bot.extract.crewowners import COMPANY_OWNER, FIRM, LISTED_OWNER, NATION, NOT_OWNER, NOT_OWNING
from bot.extract.crewpage import page_credits
from bot.extract.crewpronouns import PRONOUN_SUBJECTS, previous_subject
from bot.extract.crewqualified import other_work, platform_maker, qualified
from bot.extract.crewrelatives import not_the_relative
from bot.extract.crewroles import OWN, ROLE, roles
from bot.extract.crewsharedsurnames import shared_surname
from bot.extract.crewsingles import single_credit
from bot.extract.crewsplits import split_credits
from bot.extract.crewverblists import by_verbs
from bot.extract.crewwithpairs import with_as_pairs
from bot.extract.cues import hint
from bot.extract.names import LIST_SPLIT, NAME, TOKEN
from bot.extract.nextworkscopes import next_work_sentences
from bot.extract.organisations import looks_like_company
from bot.extract.people import People, clean_name, is_full, without_letters
from bot.extract.text import Doc
from bot.extract.works import nominee_credits
from bot.facts import CrewFact, CrewRole, held
from bot.lazy_patterns import lazy_pattern, matched_by

_NAMES = (
    rf"(?P<names>{NAME}(?:(?:,[ ]{NAME}){{1,10}},?[ ](?:and|&)[ ]{NAME}|[ ](?:and|&)[ ]{NAME})?)"
)
"""One name or a list; ", and" needs three or more names (two would be joined clauses)."""
_ROLE_BEFORE = lazy_pattern(
    rf"(?i:(?<![\w-])(?P<roles>{ROLE}(?:(?:,[ ]{ROLE}){{1,3}},?[ ]and[ ]{ROLE}|[ ]and[ ]"
    rf"(?:(?:head|lead|series(?=[ ]creat))[ ])?{ROLE}|(?:,[ ]{ROLE}){{1,4}})?))[ ](?P<name>{NAME})"
)
"""Roles before a name ("creator and head writer X", "writer and series creator X"); ", and" needs
three roles or more: "returns as composer, and casting director X is back" joins clauses."""
_PASSIVE: tuple[tuple[str, CrewRole], ...] = (
    (r"(?:co-)?(?:executive|exec)[ -]produced", CrewRole.EXECUTIVE_PRODUCER),
    (r"(?:(?:co-)?directed|helmed|(?:^|(?<=[Tt]he[ ]))direction)", CrewRole.DIRECTOR),
    (
        r"(?:written|co-written|penned|scripted|adapted|(?:a|the)[ ](?:script|screenplay)"
        r"(?:[ ](?:is|was|will[ ]be))?|the[ ](?:scripts|screenplays)[ ](?:are|were)"
        rf"|(?:^|{LIST_MARK}|(?<=[,;][ ]))(?:script|screenplay))",
        CrewRole.WRITER,
    ),
    (r"(?:created|co-created)", CrewRole.CREATOR),
    (
        r"(?<!executive[ ])(?<!executive-)(?<!exec[ ])(?:co-)?(?:produced|bankrolled)",
        CrewRole.PRODUCER,
    ),
    (
        r"(?:scored|composed|(?:(?:original[ ])?music|score|original[ ]songs)(?:[ ](?:is|was|are|"
        r"were|will[ ]be)(?:[ ]being)?(?:[ ](?:done|handled|provided|written|composed))?)?)",
        CrewRole.COMPOSER,
    ),
    (r"(?:shot|lensed|photographed|cinematography)", CrewRole.CINEMATOGRAPHER),
    (r"(?:edited|editing)", CrewRole.EDITOR),
    (r"(?:cast|casting(?:[ ](?:is|was|will[ ]be))?)", CrewRole.CASTING_DIRECTOR),
    (rf"(?:novels?|books?|graphic[ ]novels?|comics?|webcomic){SAME_NAME}", CrewRole.AUTHOR),
)
_PASSIVE_VERB = "|".join(verb for verb, _ in _PASSIVE)
_AFFILIATION = (
    r"(?:[ ]\([^()]{1,30}\))?"
    r"(?:[ ](?:for|at|of)[ ](?:(?:[A-Z][\w’'-]*|[a-z]+-based)[ ]){0,3}?[A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*){0,3})?"
)
"""A company after a name in a credit: "produced by Zosia Kruk for Warsaw-based Ostrava Films"."""
_ONE_FOR = rf"(?:{LISTED_OWNER})?{NAME}{_AFFILIATION}"
_NAMES_FOR = (
    rf"(?P<names>{_ONE_FOR}(?:(?:,[ ]{_ONE_FOR}){{1,8}},?[ ](?:and|&)[ ]{_ONE_FOR}(?:,[ ](?:and|&)"
    rf"[ ]{_ONE_FOR})?|(?:[ ](?:and|&)[ ]{_ONE_FOR})*{PARALLEL_FOR}|(?:[ ](?:and|&)[ ]{_ONE_FOR})+"
    rf"|(?:,[ ]{_ONE_FOR}){{1,8}}(?=[ ]*(?:$|\(based)|(?(colon)\.$|(?!))))?){NOT_OWNING}"
)
"""One name or a list, each perhaps with a company; a comma list ends in "and", or its line (after
a colon, its full stop: "Producers: A, B, C."). A pattern embedding it must define ``colon``."""
_BY_ROLE = (
    r"(?:[A-Z][\w’'.]*-[a-z]{3,}[ ](?:[a-z][a-z-]{2,}[ ]){0,2})?"
    r"(?:(?:(?:the|veteran|seasoned)[ ](?:[a-z]{3,}[ ])?"
    r"|series[ ]|co-|(?:the|its|their)[ ](?:show|series|film|movie|franchise|book)"
    rf"[’'](?:s[ ]|(?<=s[’'])[ ])|{TOKEN}(?:[ ]{TOKEN})?[’']s[ ](?:[a-z]+[ ]){{0,2}})?"
    r"(?:(?:[A-Z][\w’'-]*|first-time)[ ]){0,2}(?:(?:creator|author)[ ]and[ ])?(?:screenwriter|"
    rf"(?P<firm>{FIRM})|stand-up(?:[ ]comedian)?|"
    r"(?P<byrole>creator|writer|author|novelist|director|composer|producer|editor|cinematographer|"
    r"casting[ ]director|native|newcomer|first-timer|debutante?|(?:film|feature)[ -]?maker|"
    r"comedian|playwright|musician|siblings|brothers|sisters|twins|duo|couple|winners?|"
    r"nominees?)),?[ ]|the[ ][A-ZÀ-ÖØ-Þ][^\W\d_]+-(?:[A-ZÀ-ÖØ-Þ][^\W\d_]+|born|raised|bred)[ ]"
    r"(?=[A-ZÀ-ÖØ-Þ])|(?:former[ ]|ex-)"
    r"(?:[A-Z][\w’'-]*[ ]){0,3}(?:[a-z][\w-]*[ ])?[a-z][\w-]*[ ](?:turned[ ][a-z][\w-]*[ ])?)?"
)
"""Role words between "by" and the name: "written by series creator X", "the Welsh writer X",
"by the show's creator, X", "by New York native X", "by first-time feature maker X", "by
Prague-based Ostrava Films", "by Hull-born stand-up X", "by Cannes-shortlisted X", "by the
Québec-born X", "by the Anglo-French X" (a capitalised word hyphened to another is no name)."""
_BEFORE_BY = (
    r"(?:[ ](?:on|in)[ ][a-z0-9][\w-]*|(?<!cast)[ ]in[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?(?=[ ]by[ ])"
    r"|[ ]for[ ](?:the[ ])?(?:(?:new|second|third|latest)[ ])?"
    r"(?:season|series)(?:[ ](?:[2-9]|two|three|four|five))?(?=[ ](?:is|will[ ]be)[ ])|"
    rf"{VERB_ASIDES}|)(?:[ ](?:is|was|will[ ]be)(?:[ ](?:once[ ]again|again|also|now))?)?"
)
"""Between a credit's word and "by": "shot on 16mm by", "edited in New York by" (not "cast in")."""
_PASSIVE_RE = lazy_pattern(
    rf"(?<![\w-])(?P<verbs>(?i:{_PASSIVE_VERB})(?:(?:,[ ]|,?[ ]and[ ])(?i:{_PASSIVE_VERB})){{0,4}})"
    rf"(?P<sep>{_BEFORE_BY}[ ]by:?[ ]|(?P<colon>:)[ ]){_BY_ROLE}{_NAMES_FOR}"
)
"""Also a credits line ("Original Music: X", "Casting: Y"), where the colon stands for "by"."""
_PASSIVE_ONE = tuple((re.compile(rf"^(?:{verb})$", re.IGNORECASE), role) for verb, role in _PASSIVE)
_ROLE_AFTER = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:(?:our|the|its|their|his|her|an?)[ ])?{OWN}?(?P<roles>(?i:{ROLE})"
    rf"(?:(?:,[ ]|,?[ ]and[ ])(?:(?:the|its|their)[ ]{OWN}?)?(?:(?i:{ROLE})|star|"
    r"actor|actress)){0,4})(?=[,.;]|[ ](?:on|for|of)[ ](?:the|this)[ ](?:film|movie|series|show|"
    r"project)\b)"
)
"""A role in apposition after the name: "X, our casting director", "X, the film's writer and
the creator of the series,"; "X, the director of Y," (another work) does not fit."""
_ROLE_APPOSED = lazy_pattern(
    rf"(?:\b(?:[Tt]he|[Oo]ur|[Yy]our|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|(?P<owner>{TOKEN})[’']s?)[ ]"
    rf"(?:{OWN}(?:own[ ])?|story[’']s[ ]|series[ ])?(?P<roles>(?:(?:lead|head)[ ])?"
    rf"(?i:{ROLE})(?:(?:,[ ]|,?[ ]and[ ])(?:(?:lead|head)[ ])?(?i:{ROLE})){{0,3}}){NATION}"
    rf"(?P<name>{NAME})(?:,(?!{RUNS_MADE})|(?=[.;]|$)|[ ]of[ ](?=[A-Z]))"
)
"""The role first: "The director, X, said", "the series composer, X", "Her producer, X of Y",
"the film's own editor, X," (not "My editor, X," nor "The composer, X, scored three seasons")."""
_ROLE_LINE = lazy_pattern(
    rf"{LINE_START}"
    rf"(?:[Tt]he[ ])?(?P<roles>(?i:{ROLE}))s?"
    rf"{LABEL_FOR}(?:(?P<colon>:)|[ ](?:are|is|will[ ]be|include|[–—]))[ ]{_NAMES_FOR}"
)
"""A credits line: "Producers: A and B for Y", "... / Editor: X", "JO VALE: The writer is X"."""
_BASED_ON = lazy_pattern(  # a credit line's source: "Written by X, based on their graphic novels",
    rf"(?P<name>{NAME})(?:,?[ ]|[ ]\()(?:and[ ])?based[ ]on[ ](?:his|her|their)[ ](?:own[ ])?"
    r"(?:[\w-]+[ ]){0,3}?(?:graphic[ ]novels?|novels?|books?|comics?|webcomic|memoir)\b"
)
_CREDITED_TO = lazy_pattern(
    rf"\b(?:is|was|has[ ]been)[ ](?:now[ ])?credited[ ]to[ ](?P<name>{NAME})"
)
_NAMES_AT = lazy_pattern(
    rf"{_NAMES}(?:[ ]\((?!who\b)[^()]{{1,40}}\))?(?:[ ]of(?:[ ][A-Z][\w-]*){{1,4}})?"
)
"""Names a verb phrase credits, maybe with their company ("X of T Films producing")."""
_ACTIVE_RE = tuple(
    (frozenset(keys), lazy_pattern(verb), lazy_pattern(rf"{_CONNECTOR}(?P<verb>{verb})"), role)
    for keys, (verb, role) in zip(ACTIVE_KEYS, ACTIVE, strict=True)
)
_ACTIVE_WORDS = hint(*dict.fromkeys(key for keys in ACTIVE_KEYS for key in keys))
"""Substrings first (each once a sentence): most sentences credit nobody, and they are cheap."""
_ROLE_HINT = hint("creator", "direct", "writer", "author", "novelist", "produc", "compos",
                  "cinemat", "editor", "dop", "dp", "dir:")  # fmt: skip
_LISTED_ROLE = r"(?:(?:stars?|co-stars?|director|creator|writer|producers?|actors?)[ ])?"
_ALONGSIDE = lazy_pattern(
    rf"\b(?:alongside[ ]{OWNER}|with[ ](?:{COMPANY_OWNER})?)"
    rf"(?P<names>{_LISTED_ROLE}{NAME}{NOT_OWNER}"
    rf"(?:(?:,[ ]|,?[ ](?:and|&)[ ]){OWNER}{_LISTED_ROLE}{NAME}{NOT_OWNER}){{0,8}})"
)
"""The rest of a list of producers: "alongside Thursby and stars Mabyn and Ruck",
"alongside Velmo Films’ A and B" (after "with", a company may be the credit itself)."""
_LISTED_ROLE_RE = lazy_pattern(OWNER + _LISTED_ROLE)
_OTHER_CREDIT = lazy_pattern(r"(?:also[ ])?(?:produc|direct|writ|\bexec|serv(?:es|ing)\b)")


def find_crew(
    doc: Doc, context: Context, people: People, characters: frozenset[str] = frozenset()
) -> list[CrewFact]:
    """Every crew credit for the article's own production (other works' sentences skipped).
    ``characters`` are the parts the article casts: a name among them is never crew."""
    raw: list[tuple[str, CrewRole, str]] = []
    others: list[str] = []  # names skipped as another run's credit: still people the article names
    away, crew_context = NotCredited(doc, context, people), festivals_unknown(doc.body, context)
    for view in unretracted(doc):
        sentence = view.span
        chunk, lower, starts = view.chunk, view.lower, view.starts
        if sentence.start in context.foreign:
            own = own_stretch(view, context.foreign_from.get(sentence.start, 0), context)
            if own is None:
                continue  # all another work's; else blanked but for what credits ours
            chunk, lower, starts = own
        evidence = doc.text[sentence.start : sentence.end].strip()
        chunk, lower, starts = unmarked(chunk, lower, starts)  # "**Director:** X", "Wash [Penn]"
        cued = credit_cues(lower)  # None: no word any crew rule needs
        found = () if cued is None else _sentence_crew(chunk, lower, starts, cued, crew_context)
        credits = [*found, *completed_names(evidence)]  # then, for a credit, the page's asides
        for named, role in credits if credits and sentence.start not in away else ():
            if role is None:  # "The three seasons were directed by X": a person still
                others.extend(() if looks_like_company(named) else (people.expand(named) or named,))
                continue
            name = named
            if named in PRONOUN_SUBJECTS:
                # "She scored the first series": the person the sentence before is about.
                name = previous_subject(doc, people, sentence.start) or ""
            if name:
                raw.append((name, role, evidence))
    raw = without_director_shots(
        [*raw, *nominee_credits(doc, context), *page_credits(doc, context, people, characters)]
    )
    raw = split_credits(series_writers_dropped(doc, raw, others))
    for name in [*others, *(name for name, _, _ in raw)]:
        if is_full(clean_name(name)):
            people.add(name)
    facts: dict[tuple[str, CrewRole], CrewFact] = {}
    for name, role, evidence in raw:
        if a_part(clean_name(name), characters, people):
            continue
        resolved = _resolve(not_the_relative(name, evidence, doc.text), people, context)
        if resolved and (resolved, role) not in facts:
            fact = single_credit(resolved, role, evidence, people, doc.text)
            facts.setdefault((fact.name, role), fact)
    nexts = next_work_sentences(doc, context)
    return [
        held(fact, _NEXT_WORK_DOUBT) if fact.evidence in nexts else fact
        for fact in fused_elsewhere(doc, director_shots_dropped(facts), context)
    ]


_NEXT_WORK_DOUBT = "the paragraph is about someone's next work, not the article's"


def _sentence_crew(
    chunk: str, lower: str, starts: list[int], cued: bool, context: Context
) -> Iterator[tuple[str, CrewRole | None]]:
    """The sentence's credits; another run's credit comes with no role (still a person named)."""
    if _ROLE_HINT.search(lower):
        yield from _role_before(chunk, context)
        yield from _apposed(chunk, context)
    if " by " in chunk or ": " in chunk:
        yield from _passive(chunk, context)
    yield from other_credits(chunk, lower, starts, context)
    yield from aside_credits(chunk, lower, starts, context) if cued else ()
    if "(" in chunk:
        yield from bracketed_roles(chunk)
    yield from shared_duties(chunk)
    yield from listed_credits(chunk) if cued else ()
    yield from title_apposed(chunk, context.is_known)
    yield from nominated_makers(chunk, context)
    if "based on" in chunk:
        yield from ((m["name"], CrewRole.AUTHOR) for m in _BASED_ON.finditer(chunk))
    yield from created_credits(chunk, starts, context)
    if "credited to" in chunk and "direct" in lower:
        yield from ((m["name"], CrewRole.DIRECTOR) for m in _CREDITED_TO.finditer(chunk))
    named: dict[int, re.Match[str] | None] = {}
    present = _ACTIVE_WORDS.present(lower)
    for keys, verb, tail, role in _ACTIVE_RE if present else ():
        if present.isdisjoint(keys) or verb.search(chunk) is None:
            continue
        for names, end, here in _credited(chunk, starts, tail, named):
            yield from ((name, role if here else None) for name in split_names(names))
            if not here:
                continue
            if role in {CrewRole.EXECUTIVE_PRODUCER, CrewRole.PRODUCER}:
                for extra in _ALONGSIDE.finditer(chunk, end):
                    if _OTHER_CREDIT.search(chunk, end, extra.start()):
                        break  # "X produces, with Y exec producing alongside Z": Z is Y's
                    e = extra.end()
                    if own_post(chunk, e) or _OTHER_CREDIT.match(chunk, e + 1) or own_act(chunk, e):
                        continue  # "with Y exec producing", "with Y on board as editor", "with
                        # Screen Fund backing the project": Y's own, no producer
                    listed, post = split_names(extra["names"]), listed_post(chunk, e, role)
                    yield from ((_LISTED_ROLE_RE.sub("", name), post) for name in listed)
    yield from owned_credits(chunk, lower, starts, context)


def _credited(
    chunk: str, starts: list[int], tail: re.Pattern[str], named: dict[int, re.Match[str] | None]
) -> Iterator[tuple[str, int, bool]]:
    """Names at a capital before a verb form ("X, who ..., is directing"), its end and whether it
    credits them here, not another run (``named`` keeps each capital's names for the next)."""
    last = 0
    for start in starts:
        if start < last:
            continue
        if start not in named:
            named[start] = _NAMES_AT.match(chunk, start)
        names = named[start]
        found = tail.match(chunk, names.end()) if names is not None else None
        if names is None or found is None:
            continue
        if another_runs(chunk, start, found):
            yield names["names"], found.end(), False  # "X scored the three series": a person
        elif credited_here(chunk, start, names, found):
            yield with_company_group(chunk, start, names["names"]), found.end(), True
            last = found.end()


def _role_before(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    for match in _ROLE_BEFORE.finditer(chunk):
        if names_a_body(match["name"]) or qualified(chunk, match.start()):
            continue  # "Gaffer Weekly" (a magazine), "art director X"
        if other_work(chunk, match, context):
            continue  # "director X's 2019 film", "T, a film from director X"
        if created_by_screenwriter(chunk, match.start()):
            continue  # "created by screenwriter X": X's job in general, the verb credits X
        for role_word in nominee_roles(chunk, match.start(), LIST_SPLIT.split(match["roles"])):
            for role in roles(role_word):
                yield match["name"], role


def _apposed(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "X, our casting director", "The director, X,", "Executive Producers: A and B"."""
    matches = [
        *_ROLE_LINE.finditer(chunk),
        *_ROLE_AFTER.finditer(chunk),
        *_ROLE_APPOSED.finditer(chunk),
        *(with_as_pairs(chunk, ROLE) if " as " in chunk else ()),
    ]
    for match in matches:
        owner = match.groupdict().get("owner")
        if (owner and not context.is_known(owner)) or company_post(chunk, match.end()):
            continue  # "Velmo's director, X,": another work's; "X, Director, Drama at C": C's
        if (
            matched_by(match, _ROLE_LINE)
            and chunk.endswith(" / ", 0, match.start())
            and not crew_line(chunk)
        ):
            continue  # "Host: X / Producer: Y": a podcast's own producer
        names = split_names(match["names"]) if "names" in match.re.groupindex else [match["name"]]
        for role_word in LIST_SPLIT.split(match["roles"]):
            for role in roles(role_word):
                yield from ((name, role) for name in names)


def _passive(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole | None]]:
    for match in _PASSIVE_RE.finditer(chunk):
        if match["sep"] == ": " and not labelled(chunk, match.start(), match["verbs"]):
            continue  # a label's colon only at the start of its line; "Cast: X (Part)" lists actors
        if EARLIER_RUN.search(chunk, 0, match.start()) or earlier_credit(chunk, *match.span()):
            yield from ((name, None) for name in split_names(match["names"]))
            continue  # "The first season was directed by X", "the earlier seasons, directed by X"
        if (credited := this_credit(chunk, match, context)) is None:
            yield from ((name, None) for name in split_names(match["names"]))
            continue  # "by St. Ives composer X": X's; "in The Rose of Lima, directed by X"
        names = commissioned_dropped(credited, match["verbs"]) + gapped(chunk, match.end())
        if match["firm"] and not re.match(LISTED_OWNER, match["names"]):  # "by Leeds indie X"
            names = [n for n in names if n != split_names(match["names"])[0]]  # X: the company
        if match["byrole"] and not platform_maker(chunk, match.start("byrole")):
            for role in roles(match["byrole"]):
                yield from ((name, role) for name in names)
        verbs = by_verbs(match["verbs"])  # "she wrote and produced, directed by X": X directed
        for verb in verbs:
            for pattern, role in _PASSIVE_ONE:
                if role is CrewRole.AUTHOR and len(verbs) > 1:
                    continue  # "... graphic novel, and directed by X": the novel is not X's
                if pattern.match(verb):
                    yield from ((n, r) for r in book_roles(chunk, match, role) for n in names)
                    break


def _resolve(name: str, people: People, context: Context) -> str | None:
    name = without_letters(name)  # "Jo Penn CDG"
    if looks_like_company(name):
        return None  # "produced by Pindar Films": a company, not a person
    cleaned = clean_name(name)
    if not cleaned or context.is_ours(cleaned):
        return None
    resolved = people.resolve(cleaned) or people.expand(cleaned)
    if resolved is not None:  # "Quill wrote it", two Quills named: neither
        return None if shared_surname(cleaned, resolved, people) else resolved
    if is_full(cleaned):
        return None
    people.add_single(cleaned)
    return cleaned
