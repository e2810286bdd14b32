"""Crew credits that a sentence ties to someone or something other than the article's own work.

* A credit participle hung on another named work: "she starred in last year's Brass Gate,
  directed by X", "he has finished shooting Fen, a thriller for Lowmoor directed by X", "the
  German production “Das Heim”, in which Y plays Z, directed by X", "Tin Boys, the Lowmoor
  drama in which Y plays a nurse, directed by X", "the closing film, The Boat to Arn, directed
  by X" (a profile's, tabloid's or festival report's aside on another film), and a work told by
  its channel in brackets ("try: Tin Lane (Vela), directed by X", :mod:`.crewoutletworks`).
  Dropped when that work is not ours. So is one told of "that series" (:mod:`.crewthatworks`).
* The one a new holder replaces: "she replaces the show's directors X and Y"
  (:mod:`.crewreplaced`), and one told to have left: "X has left the production"
  (:mod:`.crewdepartures`). Dropped.
* A credit of the work's earlier instalments: "The earlier seasons were directed by X" in an
  article about a new season or a film of the series (and the wider forms of
  :mod:`.crewearlierruns`, whatever the article's title). Dropped.
* A maker's previous work's credit: "Vela's previous production, Tin Lane, was directed by X"
  (:mod:`.crewpreviousworks`). Dropped.
* A dub's credit, the dub the subject: "The Spanish dubbing of the series will be directed by
  X". Dropped.
* A guest told by their post: "a lovely episode with casting director X", "an interview with
  producer X" (a podcast's or event's guest, whatever film is near). Dropped.
* A credit in a chart report's paragraph that places another work lower ("In third, Tin Lid
  added £1m. ... with X directing"): that entry's crew. Dropped.

A mentor's credit moves in :mod:`.crewmentors`; a company's producer credit is held in
:mod:`.crewcompanies`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from bot.extract.castcharttops import ranked_sentences
from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.crewdepartures import departed
from bot.extract.crewearlierbooks import earlier_work_credit
from bot.extract.crewearlierruns import earlier_runs_credit
from bot.extract.crewoutletworks import outlet_work_credit
from bot.extract.crewpreviousworks import previous_work_credit
from bot.extract.crewreplaced import replaced
from bot.extract.crewthatworks import that_work_credit
from bot.extract.crewtitleclauses import title_clause_credit
from bot.extract.crewtitledasides import titled_aside
from bot.extract.crewuninvolved import uninvolved
from bot.extract.crewwords import CREDIT_PARTICIPLE
from bot.extract.lexicon import CREW_POSTS, GENRE_NOUNS, NATIONALITIES
from bot.extract.names import NAME, WORK_TITLE
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_GENRE = rf"(?:{GENRE_NOUNS}|feature|sequel|western|satire|short|noir)"
"""A work's kind in a trade's gloss: the genre nouns, and "a feature", "a sequel", "a western",
"a short", "the Nordic noir"."""
_CAP = r"[A-Z][\w’'-]*"
_NATION = "|".join(sorted(NATIONALITIES))
_GLOSS_WORD = rf"(?:(?:[a-z-]+|{_CAP}-[a-z]+|(?:{_NATION}))[ ])"
"""A word of a kind's gloss: lowercase ("a coming-of-age drama"), a place's compound ("a
Norfolk-set drama") or a nationality ("a Welsh drama"); never a maker's or outlet's name ("a BBC
thriller" may be a profile's own show)."""
_THE_GLOSS = (
    rf"the[ ](?:\d{{4}}[ ])?(?:[a-z-]+[ ]){{0,2}}(?!(?:{_NATION})\b)(?:{_CAP}[ ]){{1,3}}"
    r"(?:[a-z-]+[ ]){0,2}"
)
"""A definite gloss that names its maker or outlet, maybe its year: "the Lowmoor series", "the
new Netflix crime series", "the 2022 RTÉ drama" ("Aberdeen, the legal drama" or "Galway, the
Irish thriller" may be a place before our own work); a maker's or outlet's name may run to
more than one word ("the Ada Vale drama", "the BBC One thriller")."""
_OTHER_WORK = (
    r"(?:[“\"‘](?P<quoted>[A-Z][^”\"’]{0,60})[”\"’]"
    rf"|\b(?:(?:last|this|next)[ ]year[’']s|\d{{4}}[’']s|shooting|filming)[ ](?P<named>{NAME})"
    rf"|(?P<glossed>{NAME})(?=,[ ](?:an?[ ]{_GLOSS_WORD}{{0,3}}|{_THE_GLOSS}){_GENRE}\b)"
    rf"|\b(?:{_GENRE}|film|title|winner|opener|closer|(?:co-)?production|staging|revival"
    r"|hit|smash|prequel|remake),?[ ]"
    rf"(?P<set_off>{WORK_TITLE}(?:[ ](?:d[’']|de[ ]|du[ ]|des[ ]|(?:to|in|on|at|and)[ ])?"
    r"[A-ZÀ-Ý][\w’'-]*){0,2})"
    r"(?=,[ ])"
    r"|\bcompar(?:ed|es|ing)[ ](?:it|them|him|her|(?:the|this|that)[ ][a-z]+)[ ](?:to|with)[ ]"
    rf"(?P<compared>{WORK_TITLE})(?=,[ ]))"
)
_WORK_THEN_CREDIT = lazy_pattern(
    rf"{_OTHER_WORK}(?:,[ ]|(?<=[”\"’])[ ](?=by[ ]))"
    rf"(?:(?:an?[ ]{_GLOSS_WORD}{{0,3}}|(?P<the>{_THE_GLOSS}))"
    rf"{_GENRE}[ ](?:for[ ](?:{_CAP}[ ]){{1,2}})?(?:in[ ]which[ ][^,;:.]{{1,80}},[ ])?"
    r"|in[ ]which[ ][^,;:.]{1,80},[ ])?"
    rf"(?:{CREDIT_PARTICIPLE}[ ]by"
    r"|(?P<maker>(?:from|by)[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}?(?:director|filmmaker|"
    rf"writer-director)))[ ](?:(?:{_CAP}[ ]){{1,3}}(?:and|&)[ ])?$"
)
"""Another work, maybe glossed ("a thriller for Lowmoor") or with a relative clause on who plays
whom, then the credit participle ("directed by") or its maker ("from director") right before
the name, or the first of a pair before it ("created by X and "). The gloss may name the work's
maker or outlet ("Tin Boys, the Lowmoor series created by"); a quoted title may take its maker
straight after ("“Tin Boys” by Welsh director"). A title set off after a work's noun ("the opening
film, Tin Boys, directed by", "award winner Tin Boys, from director", "the co-production La Nuit
d’Or, directed by") is another work too, and so is one the work is compared to ("fans have
compared it to Tin Boys, directed by"); a glossed one "from director X" is left to the other
readings (a profile's "Tin Boys, a thriller from director X" may be ours)."""
_GUEST = lazy_pattern(
    r"\b(?:[Ee]pisode|interview|conversation|chat|talk|masterclass|panel|Q&A|podcast)"
    r"(?:[ ]\d+)?[ ](?:(?:is[ ])?with|features|welcomes)[ ]"
    rf"(?:the[ ])?(?:(?:{'|'.join(sorted(NATIONALITIES))})[ ])?(?:[A-Z][\w-]*-[a-z]+[ ])?"
    rf"(?:[a-z-]+[ ]){{0,2}}(?:{CREW_POSTS}|screenwriter)[ ]$"
)
"""A guest by their post, right before the name: "an episode with casting director ", "a
masterclass with the Polish editor ", a show's next guest: "Episode 12 features Emmy-winning
writer ", "next week's episode welcomes producer ". Only "Episode" may open a sentence in
capitals: a capitalised "Talk" or "Panel" is an event's name ("a Screen Talk with writer X")."""


_DUB_CREDIT = lazy_pattern(
    r"(?<![a-z][ ])\b(?:[Tt]he|[Ii]ts|[Aa])[ ](?:[A-Za-z-]+[ ]){0,2}"
    r"(?:dub|dubbing|dubbed[ ]version)\b"
    r"[^.;:]{0,100}?\b(?:directed|produced|supervised|overseen)[ ]by[ ]$"
)
"""A dub's own credit, the dub the sentence's subject: "The Polish dubbing of the series, which
a channel has bought, will be directed by X" (the dub's director, not the work's). Not a dub after
a word ("After complaints about the English dub, the new season will be directed by X"): there
the dub is no subject, and the credit is the work's."""


def _dub_credit(fact: CrewFact) -> bool:
    """ "the German dub of the film is directed by X": the dub's credit, whatever work it is."""
    if "dub" not in fact.evidence:
        return False
    return any(
        _DUB_CREDIT.search(fact.evidence, max(at - 160, 0), at)
        for at in _places(fact.name, fact.evidence)
    )


def other_work_credit(fact: CrewFact, context: Context) -> bool:
    """Whether the credit is not one on the article's work: its post only tells who a guest is,
    or it credits the work's earlier instalments, or its participle hangs on another named
    work."""
    if _guest_by_post(fact) or earlier_runs_credit(fact, context.body) or _not_returning(fact):
        return True
    if previous_work_credit(fact):
        return True  # "Vela's previous production, Tin Lane, was directed by X"
    if _dub_credit(fact) or uninvolved(fact.name, fact.evidence):
        return True
    if replaced(fact.name, fact.evidence) or that_work_credit(fact):
        return True  # "she replaces X"; "that series was directed by X"
    if departed(fact.name, fact.evidence):
        return True  # "composer X has left the production"
    if not (context.ours or context.headline):
        return False  # with the article's own title unknown, the work may well be its own
    if titled_aside(fact, context) or title_clause_credit(fact, context):
        return True  # "for The Salt Clock, directed by X"; "in Brass Gate, directed by X"
    if outlet_work_credit(fact, lambda work: ours(work, context)):
        return True  # "try: Tin Lane (Vela), directed by X"
    return _on_another_work(fact, context) or earlier_work_credit(fact, context)


_AUTHORS_BOOK = lazy_pattern(
    rf"(?P<name>{NAME})[’'](?:s)?[ ](?:[a-z-]+[ ]){{0,2}}(?:novel|book|memoir|novella|play|"
    rf"collection)[ ][“\"‘']?(?P<work>{WORK_TITLE})"
)
"""An author's possessive on a named book: "Ada Vale's novel Salt Year" (a watch-list's or a
profile's other book, unless it is the article's work)."""
_ADAPTS = lazy_pattern(r"\b(?:adapt\w*|based[ ]on|(?P<from>from)|source)\b[^.;:]{0,40}$")
"""Before the book, the words that make it our film's source: "an adaptation of ", "adapting ",
"the film from "."""
_LIFTED = lazy_pattern(
    r"\b(?:character|heroine|hero|narrator|villain|protagonist|figure|creature|scene|line"
    r"|passage)(?:e?s)?[ ](?:[a-z]+ed[ ])?$"
)
"""Someone or something of a story taken out of a book, right before its "from" ("a character
from ", "the narrator borrowed from "): a cameo out of another book, not our film's source."""
_BOOK_THEN_AUTHOR = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:one[ ]of[ ]|an?[ ]|the[ ])?(?:[a-z-]+[ ]){{0,2}}?"
    rf"(?P<name>{NAME})[’'](?:s)?[ ](?:[a-z-]+[ ]){{0,2}}(?:novels?|books?|memoirs?|novellas?)\b"
)
"""A named book, then its author's possessive: "reading Brine Summer, one of Ada Vale's earlier
novels", "Brine Summer, Ada Vale's second book" (the book in hand, not the article's work)."""
_BOOK_BY_AUTHOR = lazy_pattern(
    rf"(?P<work>{WORK_TITLE}),[ ](?:one[ ]of[ ]|an?[ ]|the[ ])?(?:[a-z-]+[ ]){{0,2}}?"
    rf"(?:novels?|books?|memoirs?|novellas?)[ ]by[ ](?P<name>{NAME})"
)
"""A named book, then "a novel by" its author: "reading Brine Summer, a novel by Ada Vale"."""


_QUOTED_BOOK_DATED = lazy_pattern(
    rf"[“\"‘'](?P<work>{WORK_TITLE})[”\"’'],[ ](?P<name>{NAME})[’'](?:s)?[ ](?:19|20)\d\d[ ]"
    r"(?:[a-z-]+[ ])?(?:novel|book|memoir|novella)\b"
)
"""A quoted book, then its author's possessive with its year: "a copy of “Salt Year”, Ada Vale’s
2019 novel" (a book in hand, dated as one of its own; not the source unless adapted from)."""
_OWNER_THEN_QUOTED_BOOK = lazy_pattern(
    rf"(?P<name>{NAME})[’'](?:s)?[ ](?:[a-z-]+[ ]){{0,2}}(?:novel|book|memoir|novella),[ ]"
    rf"[“\"‘'](?P<work>{WORK_TITLE})[”\"’']"
)
"""An author's possessive, then the book's quoted name set off by a comma: "the heroine of Ada
Vale’s first novel, “Salt Year”" (a book named as itself, in a sentence telling of no
adaptation: another of the author's works)."""


def dated_other_book(fact: CrewFact, context: Context) -> bool:
    """ "reading “Salt Year”, Ada Vale’s 2019 novel": the author of that book, not of ours, even
    on a page that tells of an adaptation, unless the book is what ours is adapted from; so too
    "the lead of Ada Vale’s first novel, “Salt Year”" in a sentence that adapts nothing."""
    if fact.role is not CrewRole.AUTHOR or "novel" not in fact.evidence:
        return False
    text = fact.evidence
    if _authored_other(fact, context, _QUOTED_BOOK_DATED.finditer(text), True):
        return True
    named = _OWNER_THEN_QUOTED_BOOK.finditer(text)
    return ADAPTED.search(text) is None and _authored_other(fact, context, named, False)


def _authored_other(
    fact: CrewFact, context: Context, books: Iterator[re.Match[str]], source_checked: bool
) -> bool:
    """Whether one of ``books`` names ``fact``'s author (in full or by surname) on a book not
    ours (with ``source_checked``, nor the one the words before it make ours adapted from)."""
    surname = fact.name.rsplit(" ", 1)[-1]
    return any(
        match["name"] in (fact.name, surname)
        and not ours(match["work"], context)
        and not (source_checked and _adapted_before(fact.evidence, match.start()))
        for match in books
    )


def _adapted_before(evidence: str, end: int) -> bool:
    """Whether the words before ``end`` make the book there our film's source (see
    :data:`_ADAPTS`), not a part lifted from it (:data:`_LIFTED`)."""
    found = _ADAPTS.search(evidence, 0, end)
    return found is not None and not (
        found["from"] and _LIFTED.search(evidence, 0, found.start()) is not None
    )


ADAPTED = lazy_pattern(r"\b(?:adapt(?:s|ed|ing|ation)|based[ ]on)\b")
"""A page that tells our work adapts something: its author may be named anywhere on it."""


def authors_other_book(fact: CrewFact, context: Context) -> bool:
    """ "if you liked: Ada Vale's novel Salt Year", "reading Brine Summer, one of Ada Vale's
    earlier novels": the author of that book, not of ours (the caller asks only on a page that
    says nothing of an adaptation)."""
    if fact.role is not CrewRole.AUTHOR:
        return False
    text = fact.evidence
    apposed = chain(_BOOK_THEN_AUTHOR.finditer(text), _BOOK_BY_AUTHOR.finditer(text))
    return _authored_other(fact, context, _AUTHORS_BOOK.finditer(text), True) or _authored_other(
        fact, context, apposed, False
    )


_NONE_RETURN = lazy_pattern(
    r"(?:[ ](?:and|&)[ ](?:[A-Z][\w’'-]*[ ]?){1,3})?,[ ](?:neither|none)[ ]of[ ]whom[ ]"
    r"(?:(?:is|are|will|was|were)[ ])?(?:(?:not|now)[ ])?(?:returns?|back|coming[ ]back)\b"
)
"""After the credit's names: "X and Y, neither of whom returns" (makers of an earlier run who are
not on this one, whatever the run is called)."""


def _places(name: str, text: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, each time it is written (no two overlapping)."""
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + max(len(name), 1))


def _not_returning(fact: CrewFact) -> bool:
    """Whether the credited names are told not to return: "directed by X and Y, neither of whom
    returns" ("X, who returns for the film" stays the film's)."""
    if "of whom" not in fact.evidence:
        return False
    return any(
        _NONE_RETURN.match(fact.evidence, at + len(fact.name))
        for at in _places(fact.name, fact.evidence)
    )


def _guest_by_post(fact: CrewFact) -> bool:
    """ "an episode with casting director X": a guest's post, whatever film is near."""
    return any(
        _GUEST.search(fact.evidence, max(at - 80, 0), at)
        and fact.evidence[at + len(fact.name) : at + len(fact.name) + 1] not in {"’", "'"}
        for at in _places(fact.name, fact.evidence)
    )  # "an episode with composer X's score": the work's own music, no guest


def _on_another_work(fact: CrewFact, context: Context) -> bool:
    """ "she starred in last year's Brass Gate, directed by X": another named work's credit."""
    shown = fact.name if fact.name in fact.evidence else fact.name.rsplit(" ", 1)[-1]
    for at in _places(shown, fact.evidence):
        match = _WORK_THEN_CREDIT.search(fact.evidence, max(at - 200, 0), at)
        if match is None or (match["maker"] and (match["glossed"] or match["the"])):
            continue  # "Cold Orchard, a thriller from director X": a profile's film, maybe ours
            # (so is "shooting Cold Orchard, the first feature from director X")
        work = (
            match["quoted"]
            or match["named"]
            or match["glossed"]
            or match["set_off"]
            or match["compared"]
        )
        if not ours(work, context):
            return True
    return False


def chart_entries_dropped(doc: Doc, crew: list[CrewFact], context: Context) -> list[CrewFact]:
    """``crew`` without the credits of a chart report's lower entries (not ours)."""
    lower = ranked_sentences(doc, context.is_ours)
    return [fact for fact in crew if fact.evidence not in lower] if lower else crew
