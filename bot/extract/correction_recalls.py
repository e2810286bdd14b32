"""A casting or credit a correction withdraws, dropped wherever the article states it.

A live blog's notice says an earlier entry was wrong ("An earlier entry in this blog said A
plays Mina. That was wrong: A plays Doctor Vane, and Mina is played by B."), but the entry it
corrects still stands further down ("19:40 — A, who plays Mina, waved ..."). The notice's own
claim is blanked where it is read (:mod:`bot.extract.correction_notices`); here every other
casting of the same actor in the same part goes too, unless the paragraph that withdraws it
states it again as the truth ("... said A plays Mina in the first series. A plays Mina in the
second."). A credit goes the same way: "said the score was composed by A" withdraws A as
composer from "19:30 — Composer A posed with fans".
"""

from __future__ import annotations

import re

from bot.extract.correction_notices import notice_paras, retracted
from bot.extract.lexicon import RELATION
from bot.extract.text import Doc
from bot.facts import CastFact, CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

Claim = tuple[str, str]
"""A withdrawn claim's words, and the text of the paragraph that withdraws it."""


def recalled(claims: list[Claim], cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings the ``claims`` (:func:`withdrawn_claims`) say were wrong."""
    if not claims:
        return cast
    return [fact for fact in cast if not any(_withdraws(claim, fact) for claim in claims)]


def recalled_crew(claims: list[Claim], crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` without the credits the ``claims`` say were wrong."""
    if not claims:
        return crew
    return [fact for fact in crew if not any(_unsays(claim, fact) for claim in claims)]


def withdrawn_claims(doc: Doc) -> list[Claim]:
    """What the article's correction notices say was wrong, read once for cast and crew."""
    notices = notice_paras(doc)
    claims: list[Claim] = []
    for view in doc.views:
        for start, end in retracted(view, notices):
            para = doc.paras[view.span.para]
            claims.append((view.chunk[start:end], doc.text[para.start : para.end]))
    return claims


_JOBS = {
    CrewRole.DIRECTOR: r"direct(?:ed|or|s|ing)?",
    CrewRole.WRITER: r"writ(?:er|ten|es)|wrote|screenplay|script",
    CrewRole.COMPOSER: r"compos(?:ed|er)|score",
    CrewRole.CINEMATOGRAPHER: r"cinematograph(?:er|y)|director[ ]of[ ]photography",
    CrewRole.EDITOR: r"edit(?:ed|or)",
    CrewRole.PRODUCER: r"produc(?:ed|er)",
    CrewRole.CASTING_DIRECTOR: r"casting[ ]director",
}
"""The words that give each job in a claim ("the score was composed by A")."""


_OTHER_RUN = lazy_pattern(
    r"(?i:\b[a-z]+[ ]of[ ](?:the|its)[ ](?:first|second|third|earlier|previous|original|last)"
    r"[ ](?:season|series|film|episode|book)s?\b)"
)
"""A post the claim gives on another run: "described A as the director of the first season"
withdraws that run's credit, never A's credit on the article's work."""


def _unsays(claim: Claim, fact: CrewFact) -> bool:
    words, para = claim
    job = _JOBS.get(fact.role)
    if job is None or (fact.evidence and fact.evidence in para) or _OTHER_RUN.search(words):
        return False
    if not _credits(words, fact.name, job):
        return False
    return not _credits(para.replace(words, " "), fact.name, job)  # "A directs all six"


def _credits(words: str, name: str, job: str) -> bool:
    names = _spans(words, {name, name.rsplit(maxsplit=1)[-1]})
    jobs = [m.span() for m in re.finditer(rf"\b(?:{job})\b", words.lower())]
    return any(_paired(words, at, place) for at in names for place in jobs)


def _withdraws(claim: Claim, fact: CastFact) -> bool:
    words, para = claim
    if fact.evidence and fact.evidence in para:
        return False  # the notice's own truth: "That was wrong: A plays Doctor Vane"
    actors = _spans(words, {fact.actor, fact.actor.split()[-1]})
    parts = [
        span
        for span in _spans(words, {fact.character, _untitled(fact.character)})
        if not _OWNER.match(words, span[1])  # "A plays P's brother": P's kin, not P
    ]
    if _relation_put_right(words, para, fact):
        return False  # "said A plays P's brother, Fergal. He plays her husband": Fergal stands
    return any(_paired(words, actor, part) for actor in actors for part in parts)


_KIN_BEFORE = lazy_pattern(rf"\b(?P<kin>{RELATION}),?[ ]$")
"""The relation a part's name is told after: "P's brother, " or "her husband "."""


def _relation_put_right(words: str, para: str, fact: CastFact) -> bool:
    """Whether the claim and the casting name the part after two different relations, the
    casting's the one the notice now gives: the relation was wrong, not the part's name."""
    told, kept = _kin_before(words, fact.character), _kin_before(fact.evidence, fact.character)
    if told is None or kept is None or told == kept:
        return False
    return re.search(rf"\b{kept}\b", para) is not None


def _kin_before(text: str, part: str) -> str | None:
    at = text.find(f" {part}")
    match = _KIN_BEFORE.search(text, max(0, at - 30), at + 1) if at > 0 else None
    return match["kin"] if match else None


_OWNER = lazy_pattern(r"[’']s[ ]")
"""A part's name as an owner: the claim's part is someone the named part has, not it."""


_TITLES = frozenset(
    {"Dr", "Doctor", "Professor", "Prof", "Father", "Mr", "Mrs", "Ms", "Miss", "Sir", "Lady"}
    | {"Lord", "Sister", "Captain", "DC", "DI", "DS"}
)
"""Words before a part's name: "Professor Tamsin Quarle" is named as "Tamsin Quarle" too."""


def _untitled(part: str) -> str:
    tokens = part.split()
    return " ".join(tokens[1:]) if len(tokens) > 2 and tokens[0] in _TITLES else part


_APART = lazy_pattern(r"[;]|[ ]and[ ]|[ ]or[ ]")


def _spans(words: str, names: set[str]) -> list[tuple[int, int]]:
    return [
        match.span()
        for name in names
        if len(name) > 2 and name in words  # a pattern built only for a name that is there
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", words)
    ]


def _paired(words: str, actor: tuple[int, int], part: tuple[int, int]) -> bool:
    """Whether the claim pairs the two in one short stretch ("X plays Rory", "Rory is played
    by X"), not across a list ("X would play A and Y would play B": X and B are not paired)."""
    between = words[min(actor[1], part[1]) : max(actor[0], part[0])]
    return len(between) <= _NEAR and _APART.search(between) is None


_NEAR = 40
