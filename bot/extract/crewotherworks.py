"""Crew credits that a sentence ties to someone or something other than the article's own work.

* A credit participle hung on another named work: "she starred in last year's Brass Gate,
  directed by X", "he has finished shooting Fen, a thriller for Lowmoor directed by X", "the
  German production “Das Heim”, in which Y plays Z, directed by X" (a profile's, tabloid's or
  festival report's aside on another film). Dropped when that work is not ours.
* A credit of the work's earlier instalments: "The earlier seasons were directed by X" in an
  article about a new season or a film of the series. Dropped.
* A guest told by their post: "a lovely episode with casting director X", "an interview with
  producer X" (a podcast's or event's guest, whatever film is near). Dropped.
* A mentor named before "protégé": "written by Ada Vale protégé Mo Reyes" credits Reyes, never
  Vale (the credit moves to the name after the noun).
* A credit in a chart report's paragraph that places another work lower ("In third, Tin Lid
  added £1m. ... with X directing"): that entry's crew. Dropped.
* A one-word producer the article never names in full, joined by "and" to another one-word
  producer or named as a company's shape ("produced by Northlight and Channel9", "produced by
  Neon Crow Audio"): a company, not a person. Held.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castchartplaces import chart_place_sentences
from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.lexicon import CREW_POSTS
from bot.extract.names import NAME, is_full
from bot.extract.text import Doc
from bot.facts import CrewFact, CrewRole, held

_GENRE = (
    r"(?:film|movie|feature|thriller|drama|comedy|series|show|horror|documentary|sequel|"
    r"musical|romance|biopic|miniseries|western|satire)"
)
_CAP = r"[A-Z][\w’'-]*"
_OTHER_WORK = (
    r"(?:[“\"‘](?P<quoted>[A-Z][^”\"’]{0,60})[”\"’]"
    rf"|\b(?:(?:last|this|next)[ ]year[’']s|\d{{4}}[’']s|shooting|filming)[ ](?P<named>{NAME})"
    rf"|(?P<glossed>{NAME})(?=,[ ]an?[ ](?:[a-z-]+[ ]){{0,3}}{_GENRE}\b))"
)
_WORK_THEN_CREDIT = re.compile(
    rf"{_OTHER_WORK},[ ](?:an?[ ](?:[a-z-]+[ ]){{0,3}}{_GENRE}[ ](?:for[ ](?:{_CAP}[ ]){{1,2}})?"
    r"|in[ ]which[ ][^,;:.]{1,80},[ ])?"
    r"(?:directed|written|penned|produced|scored|shot|created|edited)[ ]by[ ]$"
)
"""Another work, maybe glossed ("a thriller for Lowmoor") or with a relative clause on who plays
whom, then the credit participle right before the name."""
_EARLIER_PARTS = re.compile(
    r"^(?:The|Its|Their)[ ](?:earlier|previous|past|preceding)[ ]"
    r"(?:seasons|series|films|instalments|installments|episodes)[ ](?:were|have[ ]been)[ ]"
    r"(?:[a-z]+[ ])?[a-z]+ed[ ]by[ ]"
)
_GUEST = re.compile(
    r"\b(?:episode|interview|conversation|chat|talk|masterclass|panel|Q&A|podcast)[ ]with[ ]"
    rf"(?:the[ ])?(?:[a-z-]+[ ]){{0,2}}(?:{CREW_POSTS}|screenwriter)[ ]$"
)
"""A guest by their post, right before the name: "an episode with casting director "."""
_PROTEGE = re.compile(
    rf"[ -]prot[ée]g[ée]e?\b(?:[ ](?P<name>{NAME})"
    r"(?=[,.;:)]|$|[ ](?:and|who|whose|is|was|has|had|will|in|on|for|with)\b))?"
)
"""A mentor's name before "protégé", and the protégé's name when it ends the phrase ("Ada Vale
protégé Mo Reyes, who ..."), not when it goes on ("protégé Mo Reyes's old partner ...")."""
_PROTEGE_DOUBT = "a mentor's name: the one credited is named further on"
_COMPANY_WORD = re.compile(r"[ ](?:Audio|Podcasts?|Sound|Records|Radio)$")
_ONE_WORD_PAIR = re.compile(rf"\bby[ ](?P<first>{_CAP})[ ](?:and|&)[ ](?P<second>{_CAP})\b")
_COMPANY_DOUBT = "a producer's name shaped like a company's"


def other_work_credit(fact: CrewFact, context: Context) -> bool:
    """Whether the credit's participle hangs on another named work, or on earlier instalments,
    or the credit's post only tells who a guest is."""
    if any(
        _GUEST.search(fact.evidence, max(at.start() - 80, 0), at.start())
        for at in re.finditer(re.escape(fact.name), fact.evidence)
    ):
        return True
    if not (context.ours or context.headline):
        return False  # with the article's own title unknown, the work may well be its own
    earlier = _EARLIER_PARTS.match(fact.evidence)
    if earlier is not None and fact.name in fact.evidence[earlier.end() :]:
        return True
    shown = fact.name if fact.name in fact.evidence else fact.name.rsplit(" ", 1)[-1]
    for found in re.finditer(re.escape(shown), fact.evidence):
        at = found.start()
        match = _WORK_THEN_CREDIT.search(fact.evidence, max(at - 200, 0), at)
        if match is not None and not ours(
            match["quoted"] or match["named"] or match["glossed"], context
        ):
            return True
    return False


def chart_entries_dropped(doc: Doc, crew: list[CrewFact], context: Context) -> list[CrewFact]:
    """``crew`` without the credits of a chart report's lower entries (not ours)."""
    lower = chart_place_sentences(doc, context.is_ours)
    return [fact for fact in crew if fact.evidence not in lower] if lower else crew


def protege_credits(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` with a mentor's credit ("Ada Vale protégé Mo Reyes") given to the protégé."""
    out: list[CrewFact] = []
    for fact in crew:
        at = fact.evidence.find(fact.name)
        match = _PROTEGE.match(fact.evidence, at + len(fact.name)) if at >= 0 else None
        if match is not None and match["name"]:
            fact = replace(fact, name=match["name"])  # noqa: PLW2901 - the credit moves
        elif match is not None:
            fact = held(fact, _PROTEGE_DOUBT)  # noqa: PLW2901 - "protégé and collaborator Y"
        if not any((f.name, f.role) == (fact.name, fact.role) for f in out):
            out.append(fact)
    return out


def company_producer(fact: CrewFact) -> CrewFact:
    """The producer credit held where its name is shaped like a company's."""
    if fact.role is not CrewRole.PRODUCER:
        return fact
    if _COMPANY_WORD.search(fact.name):
        return held(fact, _COMPANY_DOUBT)
    if is_full(fact.name):
        return fact
    for match in _ONE_WORD_PAIR.finditer(fact.evidence):
        if fact.name in (match["first"], match["second"]):
            return held(fact, _COMPANY_DOUBT)
    return fact
