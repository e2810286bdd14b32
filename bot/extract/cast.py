"""Find who plays whom: every phrasing news articles use for a casting, in one pass per form.

Forms, each a regular expression over one sentence with quotations masked:

* ``X as Y`` and ``X <verb phrase> as|plays|portrays|the role of Y`` (bullets, inline lists,
  "joins the cast as", "is back as", "will play", "taking over the role of", "reprising her
  role as"), with an optional descriptor before the character ("Ada's sister Bea");
* ``X, who <...> as|plays Y`` (a relative clause; "..., has exited" makes the actor former);
* ``X and Y <verb> as A and B`` (respective pairing);
* ``Character (Actor)``; possessive ``Actor's Mr Character``; the epithet "the A B actor".

A match is dropped when its sentence is about another production or the role is a past one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.context import Context, mentions_past_role
from bot.extract.lexicon import HONORIFICS, STOP_TOKENS
from bot.extract.names import (
    END,
    FIRST_TOKEN,
    FULL_NAME,
    NAME,
    TOKEN,
    People,
    clean_character,
    clean_name,
    is_full,
    resolve_character,
    subject_before,
)
from bot.extract.text import Doc, scan
from bot.facts import CastFact, CastStatus

_CHAR = rf"{FIRST_TOKEN}(?:[ ]{TOKEN}){{0,2}}{END}"
_DESCRIPTOR = (
    rf"(?:(?P<owner>{TOKEN})[’']s[ ](?:[a-z][\w-]*,?[ ]){{0,2}}"
    r"|(?:the|his|her|their|a|an)[ ](?:[a-z][\w-]*,?[ ]){0,2})?"
)
_ROLE_KW = (
    r"(?:as|plays|play|playing|portrays|portray|portraying|voices|voice|voicing|"
    r"(?:the[ ])?(?:role|part)[ ]of)"
)
_GAP_WORD = r"[ ](?!(?:and|but|with|while|which|that|who|because|although|when|as)\b)[a-z][\w’'-]*"

_DIRECT = re.compile(
    rf"(?P<actor>{NAME})(?P<gap>(?:{_GAP_WORD}){{0,7}}?)[ ](?P<kw>{_ROLE_KW})[ ]"
    rf"{_DESCRIPTOR}(?P<char>{_CHAR})"
)
_RELATIVE = re.compile(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:(?P<rel>[^,.;:()“”\"]{{0,80}}?)[ ])?"
    rf"(?P<kw>{_ROLE_KW}|played|portrayed|voiced)[ ]{_DESCRIPTOR}(?P<char>{_CHAR})"
)
_APPOSITIVE = re.compile(
    rf"(?P<actor>{NAME}),[ ](?:\d{{1,3}}|(?:(?:perhaps[ ]|best[ ]|widely[ ]|also[ ])?known|"
    r"famous|celebrated|acclaimed|praised)[ ]for[^,.;:()“”\"]{1,80}|(?:the[ ])?star[ ]of"
    r"[^,.;:()“”\"]{1,80}),"
    rf"(?P<gap>(?:{_GAP_WORD}){{0,7}}?)[ ](?P<kw>{_ROLE_KW})[ ]{_DESCRIPTOR}(?P<char>{_CHAR})"
)
"""``X, known for Y, will play Z`` and ``X, 34, joins as Z``: the aside is about other work."""
_RESPECTIVE = re.compile(
    rf"(?P<actors>{NAME}(?:,[ ]{NAME}){{0,8}},?[ ](?:and|&)[ ]{NAME})"
    rf"(?P<gap>(?:[ ][^ .;:,]+){{0,6}}?)[ ](?:as|play|plays|playing|portray|portraying)[ ]"
    rf"(?P<chars>{_CHAR}(?:,[ ]{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_CHAR})"
)
_PAREN = re.compile(rf"(?P<char>{_CHAR})[ ]?\((?P<actor>{FULL_NAME})\)")
_POSSESSIVE = re.compile(
    rf"(?P<actor>{FULL_NAME})[’']s[ ](?P<char>(?:{'|'.join(sorted(HONORIFICS))})[ ]{TOKEN}"
    rf"(?:[ ]{TOKEN})?){END}"
)
_EPITHET = re.compile(rf"\b[Tt]he[ ](?P<char>{_CHAR})[ ](?:actor|actress)\b")
_LIST_SPLIT = re.compile(r",?[ ](?:and|&)[ ]|,[ ]")
_FORMER = re.compile(
    r"\b(?:has|have|had)[ ](?:now[ ]|since[ ]|officially[ ])?(?:exited|left|quit|departed|"
    r"dropped[ ]out|stepped[ ](?:down|away|back)|withdrawn|walked[ ]away|been[ ]replaced)\b"
    r"|\bno[ ]longer[ ](?:play|star|appear)"
)
_IN_OTHER_WORK = re.compile(rf"^[ ]in[ ](?:[A-Z]\w*[’']s[ ])?(?P<work>{NAME})")
_PAST_KW = frozenset({"played", "portrayed", "voiced"})
_ROLE_KEYS = (" as ", "play", "portray", "voic", "role", "part")


def _has_possessive(chunk: str) -> bool:
    return "’s " in chunk or "'s " in chunk


def _may_match(pattern: re.Pattern[str], chunk: str, lower: str) -> bool:
    """Cheap substring tests that rule a pattern out before trying it at every capital."""
    if pattern is _RELATIVE:
        return ", who " in chunk
    if pattern is _APPOSITIVE:
        return chunk.count(",") >= 2 and any(k in lower for k in _ROLE_KEYS)
    if pattern is _DIRECT:
        return any(k in lower for k in _ROLE_KEYS)
    if pattern is _PAREN:
        return "(" in chunk
    return _has_possessive(chunk)


@dataclass(frozen=True, slots=True)
class _Raw:
    actor: str
    character: str
    evidence: str
    start: int
    status: CastStatus = CastStatus.CURRENT


def find_cast(doc: Doc, context: Context, people: People) -> list[CastFact]:
    """Every casting the article states for its own production, names resolved within it."""
    raw: list[_Raw] = []
    for sentence in doc.body_sentences():
        chunk = doc.masked[sentence.start : sentence.end]
        starts = doc.capitals_in(sentence.start, sentence.end)
        if sentence.start in context.foreign:
            _register_actors(chunk, starts, people)
            continue
        evidence = doc.text[sentence.start : sentence.end].strip()
        raw.extend(_sentence_cast(chunk, starts, evidence, sentence.start, context))
    for item in raw:
        if is_full(item.actor):
            people.add(item.actor)
    return _resolve(raw, doc, context, people)


def find_epithets(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """ "the Ada Quinn actor": the person most recently named before it plays that part."""
    found: list[CastFact] = []
    characters = [c.character for c in cast]
    for sentence in doc.body_sentences():
        chunk = doc.masked[sentence.start : sentence.end]
        if "actor" not in chunk and "actress" not in chunk:
            continue
        for match in _EPITHET.finditer(chunk):
            character = clean_character(match["char"])
            if not character or (not is_full(character) and character not in characters):
                continue
            actor = subject_before(doc, people, sentence.start + match.start(), {character})
            if actor is None:
                continue
            evidence = doc.text[sentence.start : sentence.end].strip()
            found.append(CastFact(actor, resolve_character(character, characters), evidence))
    return found


def _register_actors(chunk: str, starts: list[int], people: People) -> None:
    """Another production's cast are still people the article names."""
    for match in scan(_DIRECT, chunk, starts):
        if is_full(clean_name(match["actor"])):
            people.add(match["actor"])


def _sentence_cast(
    chunk: str, starts: list[int], evidence: str, offset: int, context: Context
) -> list[_Raw]:
    found: list[_Raw] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    lower = chunk.lower()
    if not any(k in lower for k in _ROLE_KEYS) and "(" not in chunk and not _has_possessive(chunk):
        return found
    for match in scan(_RESPECTIVE, chunk, starts) if " and " in chunk or "&" in chunk else ():
        actors = [a for a in _LIST_SPLIT.split(match["actors"]) if a]
        chars = [c for c in _LIST_SPLIT.split(match["chars"]) if c]
        taken.append(match.span())
        if len(actors) == len(chars) and all(clean_name(a) for a in actors):
            for actor, char in zip(actors, chars, strict=True):
                found.append(_Raw(actor, char, evidence, offset + match.start()))
    for pattern in (_RELATIVE, _APPOSITIVE, _DIRECT, _PAREN, _POSSESSIVE):
        if not _may_match(pattern, chunk, lower):
            continue
        for match in scan(pattern, chunk, starts):
            if not free(*match.span()) or _is_past_role(match, chunk, context):
                continue
            status = CastStatus.CURRENT
            if pattern is _RELATIVE and _FORMER.search(chunk, match.end()):
                status = CastStatus.FORMER
            if pattern is _DIRECT and _FORMER.search(match["gap"] or ""):
                status = CastStatus.FORMER
            taken.append(match.span())
            found.append(
                _Raw(match["actor"], match["char"], evidence, offset + match.start(), status)
            )
    return found


def _is_past_role(match: re.Match[str], chunk: str, context: Context) -> bool:
    names = match.re.groupindex
    kw = match["kw"] if "kw" in names else ""
    lead = (match["gap"] if "gap" in names else "") or (match["rel"] if "rel" in names else "")
    after = _IN_OTHER_WORK.match(chunk, match.end())
    in_other = after is not None and not context.is_ours(after["work"])
    if kw in _PAST_KW or mentions_past_role(f" {lead or ''} {kw} "):
        return True
    return in_other and (kw in _PAST_KW or "also" in (lead or "").split())


def _resolve(raw: list[_Raw], doc: Doc, context: Context, people: People) -> list[CastFact]:
    full_chars = [clean_character(r.character) for r in raw]
    full_chars = [c for c in full_chars if is_full(c)]
    full_chars += _character_like_names(doc, people, context)
    facts: dict[tuple[str, str], CastFact] = {}
    for item in sorted(raw, key=lambda r: r.start):
        actor = people.resolve(item.actor) or people.expand(item.actor)
        character = clean_character(item.character)
        if actor is None or not character or not _plausible_character(character, people, context):
            continue
        character = resolve_character(character, full_chars)
        key = (actor, character)
        if key not in facts or item.status is CastStatus.FORMER:
            facts[key] = CastFact(actor, character, item.evidence, item.status)
    return list(facts.values())


def _plausible_character(name: str, people: People, context: Context) -> bool:
    if people.is_person(name) and people.knows(people.resolve(name) or ""):
        return False
    tokens = name.split()
    return not context.is_ours(name) and not all(t in STOP_TOKENS for t in tokens)


_FULL_RE = re.compile(FULL_NAME)


def _character_like_names(doc: Doc, people: People, context: Context) -> list[str]:
    """Two-word names in the article that are not people or productions: maybe characters."""
    names: list[str] = []
    for sentence in doc.body_sentences():
        chunk = doc.masked[sentence.start : sentence.end]
        for match in scan(_FULL_RE, chunk, doc.capitals_in(sentence.start, sentence.end)):
            name = clean_character(match.group())
            if is_full(name) and not context.is_ours(name) and not people.knows(name):
                names.append(name)
    return names
