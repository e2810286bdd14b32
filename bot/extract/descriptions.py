"""How the speaker resolver reads descriptions of people: a family member by age ("the younger
Thursby"), an age ("the 24-year-old"), what someone is known for ("the Keelmarsh author"),
the crew credits a role noun points at, and which clause subjects can be a pronoun's antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from bot.extract.crew_not_actors import ACTOR_NOUNS, off_side
from bot.extract.hosts import HOST_NOUNS, hosts
from bot.extract.later_names import named_by
from bot.extract.lexicon import GENRE_NOUNS, NATIONALITIES, OUTSIDE_JOBS, PRODUCTION_NOUNS
from bot.extract.name_leads import PLACE_NOUNS
from bot.extract.names import NAME, NAME_RE
from bot.extract.part_lines import PRONOUN_FIRST
from bot.extract.people import People
from bot.extract.speaker_lesser_roles import lesser_role
from bot.extract.statement_channels import without_channels
from bot.extract.subjects import clause_subjects
from bot.extract.text import Doc
from bot.extract.work_kinds import WORK_KIND_NOUNS
from bot.facts import CastFact, CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_AGE = lazy_pattern(r"(\d+)-year-old$")
_WORD = lazy_pattern(r"[\w’'-]+")
RELATIVE_AGE = frozenset({"younger", "older", "elder", "eldest", "youngest"})
_KIN_NAMED = lazy_pattern(
    rf"\b(?P<adj>younger|older|elder|eldest|youngest)[ ](?:[a-z]+,?[ ])?(?P<name>{NAME})"
)
_AGED_NAME = lazy_pattern(
    rf"(?P<a>{NAME}),[ ](?P<age_a>\d{{1,3}}),|\b(?P<age_b>\d{{1,3}})-year-old[ ](?P<b>{NAME})"
)


def descriptor(
    doc: Doc,
    people: People,
    credits: tuple[tuple[CastFact, ...], tuple[CrewFact, ...]],
    words: list[str],
    offset: int,
    *,
    nearest: Callable[[], str | None],
    back: bool,
) -> str | None:
    """ "the director", "the 24-year-old", "the Pewter Orchard actor" (``words``, the last a
    noun, at ``offset``): the one known person they describe, else the person the text is about
    (``nearest``) if nothing says otherwise. ``back``: the words are a pronoun's antecedent, so
    a credit named only further down is not theirs ("Then the director shouts, and she wades
    in. “...,” she says." before "directed by Ida Berg": the pronoun is no later name's)."""
    if lesser_role(words):
        return None  # "the second assistant director": not the film's director
    cast, crew = credits
    index = max(bisect_right([s.start for s in doc.sentences], offset) - 1, 0)
    noun = words[-1].lower()
    age = _AGE.match(noun)
    if age is not None:
        person = aged(doc, people, age.group(1), offset)
        if person is not None:
            return person
        if index > 0 and len(named_in(people, _sentence(doc, index - 1))) > 1:
            return None  # an age given nowhere, after a sentence naming two people: either
    named: frozenset[str] | None = None  # the article's hosts, found when first asked for
    if noun in HOST_NOUNS:
        named = hosts(doc.masked, people)
        # "the host joked": the show's own host, never its guest; a host the article never
        # names (or names two of) is no one we can name, never the subject last written about
        return next(iter(named)) if len(named) == 1 else None
    qualifier = " ".join(words[:-1])
    if noun in ACTOR_NOUNS and qualifier:
        for fact in cast:
            if qualifier in (fact.character, fact.character.split()[0]):
                return fact.actor
    if qualifier[:1].isupper() and noun not in {"winner", "nominee"}:  # "the Oscar winner"
        person = known_for(doc, people, qualifier, index)
        if person is not None:
            return person
    owner = next(filter(None, map(_OTHERS_OWNER.fullmatch, words[:-1])), None)
    if owner is not None:  # "the festival's (artistic) director": whoever it ties to the festival
        found = nearest()
        return found if found is not None and _holds(doc.masked, found, owner[1]) else None
    roles = crew_role(noun)
    credited = {c.name for c in crew if c.role in roles}
    if len(credited) == 1 and (not back or named_by(doc, people, next(iter(credited)), offset)):
        return credited.pop()
    found = nearest()
    if found is None or found in (named if named is not None else hosts(doc.masked, people)):
        return None  # the nearest is a host: "the actor said" after a host's question names no one
    if noun in OUTSIDE_JOBS and not _holds(doc.masked, found, noun):
        return None  # "The studio chief said": no one the article gave that job
    if off_side(noun, roles, found, credits, doc.text[:300]):
        return None  # "X has called him ..., and the actor admits": not the director X
    return None if credited and found not in credited else found


_OWN_WORK = (
    rf"(?:{PRODUCTION_NOUNS}|{GENRE_NOUNS}|episode|pilot|production|project|play|remake|reboot|"
    r"revival|shoot|tour)"
)
"""A possessor that is the production itself, by its kind ("the drama's director")."""
_OTHERS_OWNER = lazy_pattern(rf"(?!{_OWN_WORK}[’'])([a-z]+)[’']s?")
"""A lower-case possessor of a job that is no part of a production ("festival's", "network's"),
before the job or its modifiers ("the festival's artistic director"): the job is that owner's,
not the production's credit nor the last person called by the job."""
_HOLDS_REACH = 40
"""How far from a mention of a name its job may stand ("chief critic Orla Pennick", "Pennick,
the paper's chief critic,")."""


_SENTENCE_END = lazy_pattern(r"[.!?][ ]")


def _holds(text: str, name: str, noun: str) -> bool:
    """Whether ``noun`` stands within reach of a mention of ``name`` (or its surname)."""
    job = re.compile(rf"\b{noun}s?\b", re.IGNORECASE)
    for mention in re.finditer(rf"\b{re.escape(name.rsplit(maxsplit=1)[-1])}\b", text):
        before = text[max(mention.start() - _HOLDS_REACH, 0) : mention.start()]
        after = text[mention.end() : mention.end() + _HOLDS_REACH]
        before = _SENTENCE_END.split(before)[-1]  # the job in the name's own sentence only
        after = _SENTENCE_END.split(after)[0]
        if job.search(before) is not None or job.search(after) is not None:
            return True
    return False


def sibling(doc: Doc, adjective: str, surname: str) -> str | None:
    """The one person with ``surname`` the article introduced as ``adjective`` ("her
    younger brother, Eilif Brenna")."""
    if adjective not in RELATIVE_AGE:
        return None
    found = {
        m["name"]
        for m in _KIN_NAMED.finditer(doc.masked)
        if m["adj"] == adjective and m["name"].endswith(" " + surname)
    }
    return found.pop() if len(found) == 1 else None


def aged(doc: Doc, people: People, age: str, offset: int) -> str | None:
    """The one person the article introduced as ``age`` ("Kai Moss, 24," or "24-year-old")."""
    found = set()
    for match in _AGED_NAME.finditer(doc.masked, 0, offset):
        if (match["age_a"] or match["age_b"]) != age:
            continue
        name = people.resolve(match["a"] or match["b"])
        if name is not None:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def known_for(doc: Doc, people: People, words: str, index: int) -> str | None:
    """Who the article ties to ``words`` ("the Keelmarsh author", "the Marlow star").

    The person named last before the words in the last sentence (before sentence ``index``)
    that mentions them: "novelist Petra Hale (author of “Keelmarsh”)", "Lind, best known for
    Marlow".
    """
    for back in range(index - 1, -1, -1):
        sentence = doc.sentences[back]
        at = doc.text.find(words, sentence.start, sentence.end)
        if at < 0:
            continue
        best = None
        for match in NAME_RE.finditer(doc.masked, sentence.start, at):
            name = people.resolve(match.group())
            if name is not None and people.knows(name):
                best = name
        return best
    return None


DASH_ASIDE = lazy_pattern(r"[ ][—–][ ][^—–]{1,150}?[ ][—–][ ]")
"""An aside between dashes ("the other Ezra — Ezra Lockwood, who ... — which"): not the subject."""
LABEL_START = lazy_pattern(rf"^[ ]*{NAME}:[ ]")


_THING_THAT = lazy_pattern(r"[ ][a-z]+[ ]that[ ]")
"""A subject cut to its article and told by a clause ("A rumour that he ..."): a thing, no
unnamed someone, so a pronoun after it looks further for its person."""
_KIND_AFTER = lazy_pattern(rf"[ ](?:{WORK_KIND_NOUNS}|play|revival|production|project)\b")
"""A work's kind after a subject cut to an article and capitalised words ("A West Country play
is rumoured", "An Apex drama is due"): a work, no unnamed someone ("A Lumen source" keeps its
noun), so a pronoun after it looks further for its person."""


def unlabelled(chunk: str) -> list[tuple[int, str]]:
    """Clause subjects, without an interview label ("Ada Quinn: She sent me ..."): whoever
    answers says "I", so "she" is someone else."""
    asides = [m.span() for m in DASH_ASIDE.finditer(chunk)] if "—" in chunk or "–" in chunk else []
    found = [
        (at, raw)
        for at, raw in clause_subjects(chunk)
        if not (raw in {"A", "An"} and _THING_THAT.match(chunk, at + len(raw)))
        and not (raw.startswith(("A ", "An ")) and _KIND_AFTER.match(chunk, at + len(raw)))
        and not chunk.startswith(":", at + len(raw))
        and not any(a < at < b for a, b in asides)
        and _LISTED.match(chunk, at + len(raw)) is None
        and _TITLE_HEAD.search(chunk, 0, at) is None
        and not (_LIST_END.match(chunk, at + len(raw)) and _LIST_ITEM.search(chunk, 0, at))
    ]
    return [
        _object_apposed(chunk, at, raw)
        for index, (at, raw) in enumerate(found)
        if not (index and _apposition(chunk, found[index - 1], at, raw))
    ]


_OBJECT_NAME = lazy_pattern(
    r"\b(?:with|to|from|by|alongside|meet|met|meets|joined|joins)[ ]"
    r"(?P<name>(?:[A-Z][\w’'-]*[ ]){1,3}[A-Z][\w’'-]*),[ ]$"
)
"""A full name after a preposition or a meeting verb, then a comma: the object of the clause."""
_PARTICIPLE_END = lazy_pattern(r"[ ][a-z]+ing[ ]")


def _object_apposed(chunk: str, at: int, raw: str) -> tuple[int, str]:
    """A described someone set after a clause's object ("we get a few minutes with Ada Vale,
    the newcomer playing Ms Reed"): the object named, not a subject of its own (a set visit or
    a profile meets the next speaker this way, and her "she says" is hers)."""
    if not raw.startswith("the ") or not chunk.endswith(", ", 0, at):
        return at, raw
    named = _OBJECT_NAME.search(chunk, max(at - 80, 0), at)
    end = at + len(raw)
    if named is None or not (_JOB_END.match(chunk, end) or _PARTICIPLE_END.match(chunk, end)):
        return at, raw
    return named.start("name"), named["name"]


def _apposition(chunk: str, before: tuple[int, str], at: int, raw: str) -> bool:
    """A described someone right after a name and its comma ("Vint, a 21-year-old student
    from Leeds, remembers"), or the name's job between commas ("Ada Vale, the producer,
    said"), or of the name that ends the subject's relative clause ("Vale, who plays Ada Holt,
    the baker at the heart of the film, stopped"): the name's description, not a subject."""
    between = chunk[before[0] + len(before[1]) : at]
    named = before[1][:1].isupper() and (
        between == ", " or _RELATIVE_NAME.match(between) is not None
    )
    if raw.startswith("the "):
        return named and _JOB_END.match(chunk, at + len(raw)) is not None
    if not raw.startswith(("a ", "an ")):
        return False
    if between == ", " or named:
        return named
    return (
        between.endswith(", ") and _HAS_VERB.match(between) is not None and "," not in between[:-2]
    )


_RELATIVE_NAME = lazy_pattern(r",[ ]who(?:se)?[ ][^,;:]{0,80}[ ][A-Z][\w’'-]*,[ ]$")
"""The subject's relative clause, ending on a name (a part, a work's person) and its comma."""
_JOB_END = lazy_pattern(r"(?:[ ](?![a-z]+(?:ed|s)\b)(?!who\b)[a-z][\w-]*){0,3}(?:,|[ ]who[ ])")
"""The rest of a job between commas ("the executive producer,") or before the clause that tells
more of it ("the executive producer who has ..."), no verb among its words."""
_HAS_VERB = lazy_pattern(
    r"[ ](?!(?:at|to|about|on|in|with|for|from|by|of|the|a|an)[ ])[a-z]+(?:s|ed)[ ]"
)
"""A clause whose subject already has its verb ("Vint plays Ada in the film, a student from
Leeds who ..."): the described someone after its comma is the object's apposition."""


_LIST_END = lazy_pattern(r"[ ](?:and|or)[ ][A-Z]")
_LIST_ITEM = lazy_pattern(r"[A-Z][\w’'-]*,[ ]$")
"""A name between others in a list ("from France, Belgium and Quebec"): no clause's subject."""
_TITLE_HEAD = lazy_pattern(
    r"\b(?:called|titled|named|entitled)[ ](?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*:[ ]$"
)
"""The words after a title's colon ("It's called Saltwick Bell: Gannet Row"): the title's own
subtitle, no clause's subject (a new season's name told in a live blog)."""
_SUBTITLE_HEAD = lazy_pattern(r"[a-z][ ](?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*:[ ]$")
_TITLED = lazy_pattern(r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)+")


def subtitled(doc: Doc, raw: str, at: int) -> bool:
    """Capitalised words after a name's colon inside a sentence ("about filming Lanternfall: The
    Quiet Shore, admitting she ..."): a title's subtitle, no clause's subject and no speaker."""
    if _TITLED.fullmatch(raw) is None:
        return False
    at = doc.masked.find(raw, max(at - 2, 0))  # callers' offsets may be a character out
    return at >= 0 and _SUBTITLE_HEAD.search(doc.masked, max(at - 80, 0), at) is not None


_LISTED = lazy_pattern(r",[ ](?:a|an|the)[ ][^,;.]{1,60},[ ]and[ ]")
"""A name in a list, described, with the sentence going on after it ("the daughter of Ines, a
nurse, and Jon Dale, a ship's engineer, and came to England"): no clause's subject."""


def initials(name: str) -> str:
    return "".join(part[0] for part in _WORD.findall(name.replace("-", " ")) if part[:1].isupper())


def crew_role(noun: str) -> tuple[CrewRole, ...]:
    if noun in {"author", "novelist", "writer", "screenwriter", "creator", "co-creator"}:
        return (CrewRole.AUTHOR, CrewRole.CREATOR, CrewRole.WRITER)
    if noun in {"director", "filmmaker"}:
        return (CrewRole.DIRECTOR,)
    if noun in {"producer", "showrunner"}:
        return (CrewRole.EXECUTIVE_PRODUCER, CrewRole.PRODUCER, CrewRole.CREATOR)
    if noun == "composer":
        return (CrewRole.COMPOSER,)
    if noun == "cinematographer":
        return (CrewRole.CINEMATOGRAPHER,)
    if noun == "editor":
        return (CrewRole.EDITOR,)
    return ()


_PLACE_ADJECTIVE = lazy_pattern(r"(?:ian|ean|ese|ish)$")


def of_a_place(word: str, *, by_ending: bool = True) -> bool:
    """ "Greek-Irish", "Sevillian", "Dane": where someone is from ("the Greek-Irish
    vlogger", "the Dane" describe a person, they do not name one). ``by_ending``: a word with
    a demonym's ending only ("-ian", "-ese") counts too; standing alone it may as well be a
    paper's or a body's name ("The Guardian gave it four stars")."""
    parts = word.split("-")
    return word in PLACE_NOUNS or all(
        p in NATIONALITIES or (by_ending and _PLACE_ADJECTIVE.search(p) is not None) for p in parts
    )


def outlet_named(text: str, word: str) -> bool:
    """Whether "The <word>" reads as a paper's or a body's name in ``text``: written with a
    capital "The" mid-sentence ("a review in The Meridian") or giving a verdict ("The Meridian
    gave it four stars", "The Meridian's critic"). Else a two-word "the Parisian" after a name
    describes that person."""
    word = re.escape(word)
    return (
        re.search(
            rf"[a-z,][ ]The[ ]{word}\b|\bThe[ ]{word}(?:[’']s[ ](?:review|critic|reviewer)\b|"
            r"[ ](?:gave|gives|awarded|awards|rated|rates)\b)",
            text,
        )
        is not None
    )


def named_in(people: People, chunk: str) -> set[str]:
    """The known people a stretch of text names ("adding Jo Reyes as Edith, she ...")."""
    found = set()
    for match in NAME_RE.finditer(chunk):
        name = people.resolve(match.group(), first_name=True)
        if name is not None and people.knows(name):
            found.add(name)
    return found


_FRONTED = lazy_pattern(r",[ ]*$")
_AGENT_BEFORE = lazy_pattern(r"\b[a-z]+(?:ed|en)[ ]by[ ]$")


def named_before(people: People, pre: str, at: int, text: str) -> set[str]:
    """The known people ``pre`` names before ``text[at:]`` in its sentence, less the maker of
    a thing a fronted phrase describes when a pronoun there opens its clause ("In Brine Hollow, the
    series created by Ida Berg, she plays ..."): the pronoun is the thing's player, not its
    maker. Others in a fronted phrase may be the pronoun ("adding Ida Berg as Senara, she ...").
    A show's host there asks, so is never the one who answers (see :mod:`bot.extract.hosts`)."""
    pre = without_channels(LABEL_START.sub("", pre))  # "released through X": no speaker
    found = named_in(people, pre) - hosts(text, people)
    if not found or not _FRONTED.search(pre) or not PRONOUN_FIRST.match(text, at):
        return found
    return found - by_agents(people, pre)


def by_agents(people: People, pre: str) -> set[str]:
    """The people ``pre`` names only as a thing's maker ("a film directed by Ida Berg")."""
    names = (
        people.resolve(match.group(), first_name=True)
        for match in NAME_RE.finditer(pre)
        if _AGENT_BEFORE.search(pre, 0, match.start())
    )
    return {name for name in names if name}


def _sentence(doc: Doc, index: int) -> str:
    span = doc.sentences[index]
    return doc.masked[span.start : span.end]
