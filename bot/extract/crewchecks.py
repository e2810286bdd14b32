"""Last checks on the crew credits :func:`bot.extract.crew.find_crew` found, for
:func:`bot.extract.extract_facts`.

* A lone name told as someone's colleague ("a call from Mara, our casting director", "my
  editor Mara") is a first name among friends, not a surname the bot can match: it names
  nobody unless the article names exactly one Mara in full. (A lone surname, "directed by
  Vale", stays: the knowledge base knows its full name.)
* "He was created by Ada Vale" is about a character (the subject is a pronoun or "the
  character"), not a creator's credit for the production.
* One sentence giving one person two neighbouring roles keeps the one its role noun states:
  "with Ada Vale and Tom Reyes serving as executive producers" after "Mo Li is producing" makes
  Vale and Reyes executive producers only; "cinematographer Ada Vale is behind the camera" makes
  her the cinematographer, not the director (unless the sentence speaks of directing); so does
  "with Ada Vale behind the camera" when the article credits her as cinematographer.
* A credit the sentence says is not confirmed ("X hasn't been officially confirmed to return
  as composer") is held, and so is one it denies, hedges or wishes for ("X will not be
  directing", "X is in talks to score": see :mod:`bot.extract.crewhedges`).
* A lone name that is the production's own title is no one (:mod:`bot.extract.crewtitlenames`).
* Last, a name the sentence uses only inside a company's name is held
  (:mod:`bot.extract.crewshapes`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castelsewhere import ours
from bot.extract.castledworks import lede_paragraph
from bot.extract.castturns import turns_away
from bot.extract.context import Context
from bot.extract.crewasked import asked_credit
from bot.extract.crewchannels import channel_named
from bot.extract.crewcompanies import company_producer
from bot.extract.crewconfused import confused_work_credit
from bot.extract.crewdisclaimed import disclaimed, disclaimed_names
from bot.extract.crewdisowned import disowned
from bot.extract.crewhedges import HEDGED_DOUBT, hedged, surname_at
from bot.extract.crewmentors import protege_credits
from bot.extract.crewmusicpieces import music_written
from bot.extract.crewnonames import no_name
from bot.extract.crewordinalruns import numbered_runs_dropped
from bot.extract.crewotherworks import (
    ADAPTED,
    authors_other_book,
    chart_entries_dropped,
    dated_other_book,
    other_work_credit,
)
from bot.extract.crewpieces import piece_credit_held
from bot.extract.crewpointedback import pointed_back
from bot.extract.crewpostedpairs import posted_first_of_pair
from bot.extract.crewprogrammes import programme_credit
from bot.extract.crewpronounruns import pronoun_run_credit
from bot.extract.crewscores import CHANNELS
from bot.extract.crewshapes import shaped_crew
from bot.extract.crewstatedposts import stated_producer
from bot.extract.crewsubjects import other_title_subject
from bot.extract.crewtitled import KIND_BEFORE
from bot.extract.crewtitlenames import titles_dropped
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import HELD, CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_CHARACTER_CREATED = lazy_pattern(
    r"(?:^|[.;:]\s+|,[ ]and[ ])(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he[ ](?:character|role|part))"
    r"[ ](?:was|were|is|are|has[ ]been|had[ ]been)[ ](?:originally[ ]|"
    r"first[ ]|also[ ])?(?:created|invented|dreamed[ ]up|conceived)[ ]by[ ]"
)
_COLLEAGUE_AFTER = lazy_pattern(r",[ ](?:our|my)[ ]")
_COLLEAGUE_BEFORE = lazy_pattern(r"\b(?:[Oo]ur|[Mm]y)[ ](?:[a-z]+[ ]){1,2}$")
_ROLE_NOUNS = r"(?:producers?|directors?|writers?|composers?|editors?|creators?|cinematographers?)"
_ROLE_OF_HINT = lazy_pattern(rf"{_ROLE_NOUNS}[ ](?:of|on)[ ][A-Z]")
_ROLE_OF_WORK = lazy_pattern(
    rf"(?P<name>{NAME})[ ](?:is|are|was|were)[ ](?:also[ ])?(?:among[ ])?(?:an?|the|one[ ]of[ ]the)"
    rf"[ ](?:[a-z-]+[ ]){{0,2}}?{_ROLE_NOUNS}[ ](?:of|on)[ ](?P<work>{NAME})"
)
_DIRECTING = lazy_pattern(r"\bdirect(?!or[ ]of[ ]photography)", re.IGNORECASE)
_AS_EXECUTIVES = lazy_pattern(
    r"(?:,?[ ](?:and[ ])?[^,.;:]{1,40}?)?[ ](?:serving|acting|credited|attached|on[ ]board)[ ]as"
    r"[ ](?:the[ ])?executive[ ]producers?\b"
)
_CAMERA_NOUN = lazy_pattern(r"\b(?:cinematographer|director[ ]of[ ]photography|DoP)[ ]$", re.I)
_OUTRANKS = {
    CrewRole.PRODUCER: CrewRole.EXECUTIVE_PRODUCER,
    CrewRole.DIRECTOR: CrewRole.CINEMATOGRAPHER,
}
"""A role found in the same sentence as the role that outranks it, for the same person."""
_AUTHOR_NOUN = lazy_pattern(
    r"\b(?:with|[Tt]he|[Aa]n?)[ ](?:[A-Z][\w-]*[ ])?(?:novelist|author)[ ]$"
)
"""Who a person is ("with the Spanish novelist X"), not a credit in a list of roles."""
_BY_NOVELIST = lazy_pattern(r"\bby[ ](?:[A-Z][\w-]*[ ])?novelist[ ]$")
"""A trade told after a credit's "by" ("created and written by Cornish novelist X"): who X is,
where the film is adapted from nothing; "author" there is often the source's own ("by Loveless
author X"), so it is left alone."""
_SOURCE = lazy_pattern(
    r"\b(?:novels?|books?|comics?|memoir|(?:stories|story)(?![ ]of\b)|based[ ]on|adapt\w*)\b"
)
"""The source a writer's own book is to the film: "written by novelist X, from her book" ("tells
the story of" is the plot, no source)."""
_LIKENED = lazy_pattern(r"(?<!from)[ ]an?[ ](?:[a-z-]+[ ]){0,2}$")
"""A source word after "a" is what the film is likened to, no book it is made from: "it has the
density of a good short story" ("adapted from a novel" still is)."""


def checked_crew(
    doc: Doc, crew: list[CrewFact], people: People, context: Context
) -> list[CrewFact]:
    """``crew`` with first-name-only credits completed or dropped, character creators dropped,
    credits on another named work (or in a relative clause on one, or with one as subject)
    dropped, a channel's name dropped, a role the same sentence states more exactly dropped, and
    a chart report's lower entries' credits dropped (``doc`` finds those paragraphs)."""
    named = protege_credits([full for fact in crew if (full := _full(fact, people)) is not None])
    # The words first: the pattern alone tries every word of the text.
    unadapted = not (("adapt" in doc.text or "based on" in doc.text) and ADAPTED.search(doc.text))
    lede = lede_paragraph(doc)
    outside = disclaimed_names(doc.text)  # "X ... is not involved in the film"
    kept = [
        fact
        for fact in numbered_runs_dropped(named)
        if not _about_character(fact)
        and not turns_away(fact.evidence, context, lede)
        and not _other_work(fact, context)
        and not _which_other(fact, context)
        and not other_title_subject(fact, context)
        and not _made_for_other(fact, context)
        and not _described_author(fact, unadapted)
        and not _title_before_post(fact)
        and not _cut_short(fact)
        and not music_written(fact)
        and not pointed_back(fact)
        and not other_work_credit(fact, context)
        and not (unadapted and authors_other_book(fact, context))
        and not dated_other_book(fact, context)
        and not channel_named(fact)
        and not posted_first_of_pair(fact)
        and not disowned(fact)
        and not programme_credit(fact, doc)
        and not asked_credit(fact)
        and not disclaimed(fact, outside)
        and not confused_work_credit(fact)
        and not pronoun_run_credit(fact, doc)
        and not no_name(fact)
    ]
    roles = {(fact.name, fact.evidence, fact.role) for fact in kept}
    cameras = {fact.name for fact in kept if fact.role is CrewRole.CINEMATOGRAPHER}
    shaped = shaped_crew(
        [
            company_producer(_unconfirmed(piece_credit_held(fact)))
            for fact in titles_dropped(kept, people.text, context)
            if not (_outranked(fact, roles) or stated_producer(fact, roles))
            and not _camera_only(fact, cameras)
        ]
    )
    return chart_entries_dropped(doc, shaped, context)


def _camera_only(fact: CrewFact, cameras: set[str]) -> bool:
    """ "with Vale behind the camera" for the article's cinematographer Vale: the camera, not a
    director's credit."""
    return (
        fact.role is CrewRole.DIRECTOR
        and fact.name in cameras
        and "behind the camera" in fact.evidence.lower()
    )


_NOT_YET = lazy_pattern(
    r"[^.;:,]{0,30}?[ ](?:hasn[’']t|has[ ]not|haven[’']t|have[ ]not|isn[’']t|is[ ]not|won[’']t|"
    r"will[ ]not|is[ ]yet[ ]to[ ]be|has[ ]yet[ ]to[ ]be)[ ](?:yet[ ])?(?:been[ ])?"
    r"(?:officially[ ]|formally[ ]|publicly[ ])?(?:confirmed|announced|signed|attached|set)\b"
)
"""The credit told as not (yet) confirmed: "X hasn't been officially confirmed to return as
composer", "X is yet to be confirmed as director"."""
_UNCONFIRMED_DOUBT = "a credit the article says is not confirmed"


def _unconfirmed(fact: CrewFact) -> CrewFact:
    if hedged(fact.name, fact.evidence):
        return replace(fact, confidence=HELD, doubt=HEDGED_DOUBT)
    if any(_NOT_YET.match(fact.evidence, end) for _, end in surname_at(fact.name, fact.evidence)):
        return replace(fact, confidence=HELD, doubt=_UNCONFIRMED_DOUBT)
    return fact


def _full(fact: CrewFact, people: People) -> CrewFact | None:
    if is_full(fact.name) or not _familiar(fact.name, fact.evidence):
        return fact
    full = people.resolve(fact.name, first_name=True)
    if full is None or not is_full(full):
        return None
    return replace(fact, name=full)


def _familiar(name: str, evidence: str) -> bool:
    """ "Mara, our casting director", "my editor Mara": a first name among colleagues."""
    at = evidence.find(name)
    while at >= 0:
        before = evidence[max(at - 30, 0) : at]
        after = evidence[at + len(name) : at + len(name) + 8]
        if _COLLEAGUE_AFTER.match(after) or _COLLEAGUE_BEFORE.search(before):
            return True
        at = evidence.find(name, at + 1)
    return False


def _other_work(fact: CrewFact, context: Context) -> bool:
    """ "Vale is among the executive producers of Brass Ferry": that work's credit."""
    if _ROLE_OF_HINT.search(fact.evidence) is None:
        return False
    surname = fact.name.rsplit(" ", 1)[-1]
    for match in _ROLE_OF_WORK.finditer(fact.evidence):
        if match["name"] in (fact.name, surname) and not ours(match["work"], context):
            return True
    return False


_WHICH_BEFORE = lazy_pattern(
    rf"(?P<work>{NAME}),[ ]which[ ](?:(?:is|was|has[ ]been|had[ ]been)[ ](?:also[ ])?"
    r"(?:[a-z-]+ed|written)[ ]by[ ])?(?:[A-Z][\w’'.-]*[ ]){0,3}$"
)
"""A relative clause on a named work, up to the surname: "Dry Creek, which Ada ", "Crownfall,
which was directed by Ada "."""
_DETERMINERS = frozenset({"The", "This", "That", "Its", "Their", "Her", "His", "Our", "A", "An"})


def _which_other(fact: CrewFact, context: Context) -> bool:
    """ "Dry Creek, which X directed from her own script, won in Berlin": a relative clause on
    another named work credits that work, not ours."""
    if ", which " not in fact.evidence:
        return False
    for at, _ in surname_at(fact.name, fact.evidence):
        match = _WHICH_BEFORE.search(fact.evidence, max(at - 120, 0), at)
        if match is None:
            continue
        work = match["work"]
        if work.split(" ", 1)[0] in _DETERMINERS and " " not in work:
            continue
        if KIND_BEFORE.search(fact.evidence, max(match.start() - 60, 0), match.start()):
            continue  # "with a film, Title, which X has written": the production by its kind
        if fact.evidence.endswith(": ", 0, match.start()):
            continue  # "Lumen: Always, which was directed by X": a subtitle, its title unread
        if not ours(work, context):
            return True
    return False


_FOR_WORK = lazy_pattern(
    r"(?<![Bb]est)(?<![Bb]est[ ]original)(?<![Bb]est[ ]adapted)"  # an award's nominee, no work
    r"[ ](?:score|music|soundtrack|script|screenplay)[ ]for[ ]"
    rf"(?:the[ ](?:[a-z][\w-]*[ ]){{0,2}}|{CHANNELS})?"
    rf"[“\"‘']?(?P<work>{NAME})"
)
"""The work a score or script is for, past its channel ("the score for ITV's drama T": T)."""
_FOR_ROLES = frozenset({CrewRole.COMPOSER, CrewRole.WRITER})
_BY_BEFORE = lazy_pattern(
    r"\b(?:(?:scored|composed|written|penned|scripted)[ ]by|(?:score|music)[ ](?:is[ ]by|"
    r"(?:comes|came)[ ]from))[ ](?:[A-Z][\w’'-]*[ ]){0,3}$"
)


def _made_for_other(fact: CrewFact, context: Context) -> bool:
    """ "X writes the score for the thriller Scree Tarn": the score of another named work
    ("scored by X, who also wrote the music for Y", "the score comes from X, whose music for Y won":
    the credit before X is ours, the clause after tells X's other work)."""
    if fact.role not in _FOR_ROLES or " for " not in fact.evidence:
        return False
    for at, end in surname_at(fact.name, fact.evidence):
        if fact.evidence.startswith((", who ", ", whose "), end) and _BY_BEFORE.search(
            fact.evidence, max(at - 30, 0), at
        ):
            continue
        match = _FOR_WORK.search(fact.evidence, end, end + 60)
        if match is not None and " for " in fact.evidence[end : match.start()]:
            continue  # "screenplay for X, cinematography for Y, score for Z": Z is a nominee
        if match is not None and match["work"] not in _DETERMINERS:
            return not ours(match["work"], context)
    return False


def _about_character(fact: CrewFact) -> bool:
    if fact.role is not CrewRole.CREATOR:
        return False
    return any(
        fact.evidence.startswith(fact.name, m.end())
        or fact.evidence.startswith(fact.name.rsplit(" ", 1)[-1], m.end())
        for m in _CHARACTER_CREATED.finditer(fact.evidence)
    )


_PARTICLE_NEXT = lazy_pattern(
    r"[ ](?:i|y|e|de|da|di|do|dos|das|del|della|van|von|der|den|la|le|bin|ibn|al|ter|ten)[ ]"
    r"(?:[A-Z]|[a-z]{1,3}[ ][A-Z])"
)
"""A lower-case particle and a capital after the name: "Pere Vidal i Roca" read as
"Pere Vidal" is a longer name cut short, never served."""
_INITIAL_NEXT = lazy_pattern(r"\.[ ]?(?:[A-Z]\.[ ]?){0,2}[A-Z][a-z]")
"""After a name that ends in one letter, its full stop and more of the name: "Author M. R.
Vane" read as "M" is an initial, not a name."""


def _cut_short(fact: CrewFact) -> bool:
    """Whether the name read is a longer name cut at a particle or at its last initial."""
    at = fact.evidence.find(fact.name)
    if at < 0:
        return False
    end = at + len(fact.name)
    if len(fact.name.rsplit(" ", 1)[-1]) == 1 and _INITIAL_NEXT.match(fact.evidence, end):
        return True
    return _PARTICLE_NEXT.match(fact.evidence, end) is not None


def _described_author(fact: CrewFact, unadapted: bool) -> bool:
    """ "co-wrote the script with the Spanish novelist X": who X is, not the author of a source
    the sentence never names; so is "written by novelist X" where the article tells of no
    adaptation (``unadapted``)."""
    if fact.role is not CrewRole.AUTHOR or any(
        _source(fact.evidence, m.start()) for m in _SOURCE.finditer(fact.evidence)
    ):
        return False
    at = fact.evidence.find(fact.name)
    return at > 0 and (
        _AUTHOR_NOUN.search(fact.evidence, max(at - 40, 0), at) is not None
        or (unadapted and _BY_NOVELIST.search(fact.evidence, max(at - 40, 0), at) is not None)
    )


_TITLES_BEFORE_POST = lazy_pattern(
    r"\b[Tt]he[ ](?P<titles>[A-Z][\w’'-]*(?:(?:,[ ]|,?[ ](?:and|&)[ ])[A-Z][\w’'-]*){0,3})[ ]"
    r"(?:author|(?:screen|script|song|play)?writer|novelist|playwright|creator|showrunner|"
    r"director|composer)\b"
)
"""One-word titles before a post: "the Brindlemoor author", "The Brindlemoor and Ashcombe
author", "the Ashcombe screenwriter" (invented)."""


def _title_before_post(fact: CrewFact) -> bool:
    """ "the Brindlemoor author herself": a one-word "name" before the post is the work the
    person made, not who they are (at a sentence's start too: "The Brindlemoor author wrote
    the script"), and so is each of a list of them ("The Brindlemoor and Ashcombe author
    created the series")."""
    if " " in fact.name or fact.name not in fact.evidence:
        return False
    return any(
        fact.name in _TITLE_WORDS.findall(match["titles"])
        for match in _TITLES_BEFORE_POST.finditer(fact.evidence)
    )


_TITLE_WORDS = lazy_pattern(r"[A-Z][\w’'-]*")


def _source(evidence: str, at: int) -> bool:
    """Whether the source word at ``at`` names a book the film is made from, not a likeness."""
    return _LIKENED.search(evidence, max(at - 30, 0), at) is None


def _outranked(fact: CrewFact, roles: set[tuple[str, str, CrewRole]]) -> bool:
    better = _OUTRANKS.get(fact.role)
    if better is None or (fact.name, fact.evidence, better) not in roles:
        return False
    at = fact.evidence.find(fact.name)
    if fact.role is CrewRole.PRODUCER:  # "with X and Y serving as executive producers"
        return at >= 0 and _AS_EXECUTIVES.match(fact.evidence, at + len(fact.name)) is not None
    before = fact.evidence[max(at - 30, 0) : at] if at >= 0 else ""
    return _CAMERA_NOUN.search(before) is not None and _DIRECTING.search(fact.evidence) is None
