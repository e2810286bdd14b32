"""Find who plays whom: every phrasing news articles use for a casting, in one pass per form.

Forms, each a regular expression over one sentence with quotations masked:

* ``X as Y`` and ``X <verb phrase> as|plays|portrays|the role of Y`` ("joins the cast as", "is
  back as", "will play", "reprising her role as"), with an optional descriptor ("Ada's sister Bea");
* ``X, who <...> as|plays Y`` (a relative clause; "..., has exited" makes the actor former);
* ``X and Y <verb> as A and B`` (respective pairing, also "X and Y, who play A and B");
* possessive ``Actor's Mr Character``; lists, brackets, "played by" (castforms); recasts.

A match is dropped when its sentence or part is another work's or a past one ("played Y in Z";
see :mod:`.castpastroles`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot.extract.castacronyms import modifier_acronym
from bot.extract.castapposed import apposed_castings
from bot.extract.castasbrackets import as_brackets
from bot.extract.castasides import aside_castings, relation_castings
from bot.extract.castasideworks import LOOSE_ASIDE, aside_work
from bot.extract.castbackcommas import BACK_COMMA, BACK_END
from bot.extract.castcoordinated import PART_REPRISED, split_pairing
from bot.extract.castcostars import past_costars
from bot.extract.castearlieradaptations import earlier_version_span
from bot.extract.castentries import entry_castings
from bot.extract.castforms import CHAR as _CHAR
from bot.extract.castforms import DESCRIPTOR as _DESCRIPTOR
from bot.extract.castforms import ORIGINS, Casting, fill_parts, list_forms, without_nickname
from bot.extract.castgapping import gapped_castings
from bot.extract.castglossed import glossed_castings
from bot.extract.castheadlined import headline_actor, listed_actor
from bot.extract.castintroduced import introduced_castings
from bot.extract.castjoins import joins
from bot.extract.castkinis import kin_is_castings
from bot.extract.castkinroles import kin_castings
from bot.extract.castlabelledlists import held_if_part_first, labelled_list
from bot.extract.castleavers import DEPARTED, cast_then_left, introduced_as_gone, took_over_as
from bot.extract.castledworks import other_work_at
from bot.extract.castmakeryears import in_earlier_maker_work
from bot.extract.castmodifiers import named_actor
from bot.extract.castnonactors import not_the_actor
from bot.extract.castnoticeleavers import left_in_notice
from bot.extract.castnotparts import offered
from bot.extract.castnowplayed import now_not
from bot.extract.castopposite import opposite_castings
from bot.extract.castorder import UNSETTLED_DOUBT, orient, settle_pairs
from bot.extract.castowned import owned_castings
from bot.extract.castownedelsewhere import placed_in_another_work
from bot.extract.castpairs import respective
from bot.extract.castparticiples import fronted_casts
from bot.extract.castpartsactors import part_named_actors
from bot.extract.castpastroles import is_past_role
from bot.extract.castplaybill import playbill
from bot.extract.castposters import register_posters
from bot.extract.castpredecessors import successors_parts
from bot.extract.castpronounparts import pronoun_parts
from bot.extract.castpronouns import pronoun_castings
from bot.extract.castrecasts import recasts
from bot.extract.castremarks import remarked_brackets
from bot.extract.castroleparts import articled_part
from bot.extract.castsince import played_since
from bot.extract.castwhen import when_cast
from bot.extract.castworkledactors import LEADS, without_title_lead
from bot.extract.clauses import about_ours
from bot.extract.context import Context
from bot.extract.correction_notices import colon_claimed, notice_paras, retracted, within
from bot.extract.correction_parts import resolve_part
from bot.extract.cues import Hint, hint, near, scan
from bot.extract.lexicon import HONORIFIC, INTERJECTION, MONTH_PATTERN, STOP_TOKENS
from bot.extract.names import END, FULL_NAME, NAME, TOKEN, clean_character
from bot.extract.partnames import attributive, character_like_names, placed
from bot.extract.people import People, clean_name, is_full
from bot.extract.text import Doc, View
from bot.extract.works import Credit, judge_credit, line_work, work_column
from bot.facts import HELD, CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_PLAY_NOUN = (
    r"(?<![ ]the[ ])(?<![ ]a[ ])(?<![ ]his[ ])(?<![ ]their[ ])(?<![ ]its[ ])(?<![ ]new[ ])"
    r"(?<![ ]stage[ ])(?<![ ]radio[ ])(?<![ ]audio[ ])(?<![ ]hit[ ])"
    r"(?<![ ]West[ ]End[ ])(?<![ ]Broadway[ ])(?<![ ]Fringe[ ])"
)
"""Not "play" the noun, after a determiner or a kind of play: "seen as the young queen in the
stage play Lark" names the play Lark, no part; nor after a theatre district ("rehearsing the
new West End play The Salt Year", "a Broadway play"): the district is no actor."""
_ROLE_KW = (
    rf"(?:as|plays|{_PLAY_NOUN}play|playing|portrays|portray|portraying|voices|voice|voicing|"
    rf"{PART_REPRISED}|embodies|incarnates|(?:the[ ])?(?:role|part)[ ]of)"
)
_GAP_WORD = r"[ ](?!(?:and|but|with|while|which|that|who|because|although|when|as)\b)[a-z][\w’'-]*"
_GAP_WORD += rf"|(?<=[ ]in)[ ]{MONTH_PATTERN}(?=[ ]as[ ])"  # "joined the cast in July as"

_DIRECT = lazy_pattern(
    rf"(?P<actor>{NAME})(?:[ ]\([^()]{{1,60}}\))?(?:,[ ]{INTERJECTION},|,(?=[ ]back[ ]as[ ])|"
    r",(?=[ ](?:once[ ]again|once[ ]more|still|again)[ ]playing[ ])|"  # "X, still playing Y, ..."
    rf"(?P<aside>,[ ](?:announced|confirmed|cast|revealed)(?:[ ]in[ ]{MONTH_PATTERN})?))?"
    rf"(?P<gap>(?:{_GAP_WORD}){{0,7}}?){BACK_COMMA}[ ](?P<kw>{_ROLE_KW})[ ]{_DESCRIPTOR}"
    rf"(?P<char>{_CHAR}){BACK_END}"
)
_ADVERBS_AS = lazy_pattern(
    rf"(?P<actor>{NAME})(?P<gap>(?:{_GAP_WORD}){{0,4}}?),[ ][a-z]+ly(?:[ ]and[ ][a-z]+ly)?,[ ]"
    rf"(?P<kw>as)[ ]{_DESCRIPTOR}(?P<char>{_CHAR})"
)
"""An aside of adverbs before "as": "X also pops up, briefly and brilliantly, as Y"."""
_QUOTED_TITLE = r"[“\"][^“”\"]{1,40}[”\"],?"
_RELATIVE = lazy_pattern(
    rf"(?P<actor>{NAME})(?:[ ]\([^()]{{1,60}}\))?(?:,[ ](?:\d{{1,3}}|of[ ]course|{INTERJECTION}))?"
    r"(?:,|[ ][–—])[ ](?:(?:the|a|an)[ ](?!(?:pair|duo|trio|couple|twins|two|three|four)\b)"
    rf"[^,.;:()“”\"–—]{{1,50}}?[ ])?who[ ](?:(?P<rel>[^,.;:()“”\"–—]{{0,80}}?"
    rf"(?:{_QUOTED_TITLE}[^,.;:()“”\"]{{0,40}}?)?)[ ])?"
    rf"(?P<kw>{_ROLE_KW}|played|portrayed|voiced)[ ]{_DESCRIPTOR}(?P<char>{_CHAR})"
)
_APPOSITIVE = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ](?:\d{{1,3}},[ ])?(?:\d{{1,3}}|(?:(?:perhaps[ ]|best[ ]|widely[ ]|"
    r"also[ ])?known|famous|celebrated|acclaimed|praised)[ ](?:for|as)[^,.;:()“”\"]{1,80}"
    r"|(?:the[ ])?star[ ]of[^,.;:()“”\"]{1,80}|(?:a|an|the|who)[ ]"
    r"(?:[^,.;:()“”\"]|[“\"][^“”\",]{1,40}[”\"]){1,120}|whose[ ][^,.;:()“”\"]{1,130}"
    r"|(?:last|recently)[ ]seen[ ](?:as|in)[ ][^,.;:()“”\"]{1,80}|from[ ][A-Z][\w -]{1,30}"
    r"|familiar[ ](?:to[ ][a-z]+[ ])?(?:as|from|in)[ ][^,.;:()“”\"]{1,80}"
    rf"|[a-z]+ing[ ][^,.;:()“”\"]{{1,60}}|{LOOSE_ASIDE})(?:[“\"][^“”\",]{{1,40}},?[”\"])?"
    r"(?:,|(?<=,[”\"]))"
    rf"(?P<gap>(?:{_GAP_WORD}){{0,7}}?)[ ](?P<kw>{_ROLE_KW})[ ]{_DESCRIPTOR}(?P<char>{_CHAR})"
)
"""``X, known for Y (last seen in Y, familiar to viewers from Y), will play Z``: an aside, after
an agency's age too ("X, 24, from Leeds, is cast as Z")."""
_POSSESSIVE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[’']s[ ](?:(?!former|late|real)[a-z]{{5,}}[ ])?(?P<char>"
    rf"{HONORIFIC}[ ]{TOKEN}(?:[ ]{TOKEN})?){END}"  # "X's sardonic Dr Y"
)
_NAMES_IN_A_CASTING = 2
_ROLE_HINT = hint(" aka ", " as ", "play", "portray", "voic", "role", "part", "replac", "after",
                  "left ", "quit", "exited", "embodies", "incarnates", "repris")  # fmt: skip
_JOB_AS = hint(" serve as ", " serves as ", " served as ", " serving as ")
_OTHER_HINT = hint("(", "’s ", "'s ", " – ", " — ", " - ", "self, ", "selves, ", ", whose ",
                   " to millions,", " to fans,", " first episode,", " first series,",
                   " first season,", " series,", " show,", " in the film,", " and film,",
                   " and the film,", " respectively,", " on screen,")  # fmt: skip

_DESCRIBED_WHO = lazy_pattern(r"(?:,[ ](?:the|a|an)[ ][^,.;:()“”\"]{1,50}?|[ ][–—])[ ]who[ ]")
_IS_NAME = lazy_pattern(r"[ ](?:is|are)[ ][A-Z]")
"""Castings by "is" or "are": "Aubry is Aurélie Vasseur-Pons, a French travel writer"."""


_FORMS: tuple[tuple[re.Pattern[str], Hint, int], ...] = (
    (_RELATIVE, hint(" who "), 150),
    (_APPOSITIVE, hint(", "), 90),
    (
        _DIRECT,
        hint(" as ", "play", "portray", "voic", "role of", "part of", "embod", "incarn", "repris"),
        240,
    ),
    (_ADVERBS_AS, hint("ly, as "), 120),
    (_POSSESSIVE, hint("’s ", "'s "), 90),
)
"""The name-led forms in order, each with the words its name comes before and how far before
them it may start: tried only at those capitals (a tuple: hashing a pattern hashes its program)."""


def _may_match(pattern: re.Pattern[str], chunk: str, role_hint: bool) -> bool:
    """Cheap substring tests that rule a pattern out before trying it at every capital
    (``role_hint``: the sentence holds a casting verb or noun)."""
    if pattern is _RELATIVE:
        return ", who " in chunk or (" who " in chunk and _DESCRIBED_WHO.search(chunk) is not None)
    if pattern is _APPOSITIVE:
        return role_hint and chunk.count(",") >= 2
    if pattern is _DIRECT:
        return role_hint
    if pattern is _ADVERBS_AS:
        return "ly, as " in chunk
    return "’s " in chunk or "'s " in chunk


def find_cast(doc: Doc, context: Context, people: People) -> list[CastFact]:
    """Every casting the article states for its own production, names resolved within it."""
    raw: list[Casting] = []
    others: list[str] = []  # actors of castings set aside as another work's: still people
    notices = notice_paras(doc)
    for view in doc.views:
        sentence, chunk, starts = view.span, view.chunk, view.starts
        if len(starts) < _NAMES_IN_A_CASTING:
            continue  # an actor's name and a part's: two capitalised words at least
        role_hint = _ROLE_HINT.search(view.lower) is not None
        if not role_hint and not _OTHER_HINT.search(chunk) and not _IS_NAME.search(chunk):
            continue
        evidence = doc.text[sentence.start : sentence.end].strip()
        found = _sentence_cast(view, evidence, context, role_hint=role_hint)
        others.extend(past_costars(chunk))
        # "An earlier version said that X plays Y"; "A correction: we said X plays Y"
        wrong = retracted(view, notices) + colon_claimed(view, notices)
        found = [
            replace(c, status=CastStatus.FORMER) if within(c.start - sentence.start, wrong) else c
            for c in found
            if not within(c.start - sentence.start, wrong) or left_in_notice(doc, view, c.actor)
        ]
        earlier, close = earlier_version_span(chunk)
        if earlier >= 0:  # "the novel was previously adapted in 2004, with X as Y": not ours
            others.extend(_actors(chunk, sentence.start, found, earlier, close))
            found = [c for c in found if not earlier <= c.start - sentence.start < close]
        other = other_work_at(doc, view, context)
        if other is not None:
            # "X will play Y, having starred in the drama Z": what comes before the other
            # work is still about ours; "That show stars ..." is not.
            _register_actors(chunk, starts, people)
            at = sentence.start
            found = [c for c in found if about_ours(chunk, other, c.start - at, c.end - at)
                     or aside_work(chunk, other, c.actor, c.start - at, c.end - at)]  # fmt: skip
        if _JOB_AS.search(view.lower) is not None:  # "X, the editor, will serve as ...": no part
            _register_actors(chunk, starts, people, _APPOSITIVE, _RELATIVE)
        raw.extend(found)
    raw.extend(playbill(doc.text) + introduced_castings(doc) + entry_castings(doc))
    raw.extend(kin_is_castings(doc))  # "Mira Holt is his daughter Wren"
    raw.extend(part_named_actors(doc))  # "Mira's actor, Ada Vale"
    register_posters(doc, people)
    raw.extend(pronoun_castings(doc, people, context))
    raw.extend(pronoun_parts(doc, people, context))
    for item in raw:  # not "In Title Reed": that is no one's name (see castworkledactors)
        if is_full(item.actor) and not item.flexible and item.actor.split()[0] not in LEADS:
            people.add(item.actor)
    resolved = _resolve(raw, doc, context, people)
    for actor in others:  # "opposite X's Y" in another work: X is still a person it names
        people.add(actor)  # after ours are settled: no sway over which name is a part
    return resolved


_WORK_LEAD = lazy_pattern(r"(?:[’']s|\b[Ii]n|\b[Oo]f|\b[Tt]he)[ ]\Z")
"""What leads a work's or a place's name, never an actor's: "in Vantor’s Brass Lantern"."""


def _actors(chunk: str, at: int, found: list[Casting], begin: int, close: int) -> Iterator[str]:
    """The full-named actors of ``found`` stated between ``begin`` and ``close`` of the sentence
    at ``at``, a bracket's unsettled sides and a work's or place's name led in left out."""
    for casting in found:
        start = casting.start - at
        if casting.flexible or not begin <= start < close:
            continue
        where = chunk.find(casting.actor, max(start, 0))
        if (
            where >= 0
            and is_full(clean_name(casting.actor))
            and not _WORK_LEAD.search(chunk, 0, where)
        ):
            yield casting.actor


def _register_actors(
    chunk: str, starts: list[int], people: People, *forms: re.Pattern[str]
) -> None:
    """Another production's cast, or who serves as something, are still people it names."""
    for pattern in forms or (_DIRECT,):
        for match in scan(pattern, chunk, starts):
            if is_full(clean_name(match["actor"])):
                people.add(match["actor"])


def _sentence_cast(
    view: View, evidence: str, context: Context, *, role_hint: bool
) -> list[Casting]:
    chunk, lower, starts, offset = view.chunk, view.lower, view.starts, view.span.start
    found: list[Casting] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for pair in [*respective(chunk, lower, starts, evidence, offset), *joins(view, evidence)]:
        taken.append((pair.start - offset, pair.end - offset))
        if pair.actor:  # an empty pair claims a past role's stretch
            found.append(pair)
    for casting in [
        *recasts(chunk, lower, starts, evidence, offset),
        *list_forms(chunk, starts, evidence, offset),
        *labelled_list(chunk, evidence, offset),  # "Starring: X – Y; Z – W"
        *aside_castings(chunk, evidence, offset),
        *relation_castings(chunk, evidence, offset),
        *cast_then_left(chunk, evidence, offset),
        *took_over_as(chunk, evidence, offset),
        *gapped_castings(chunk, evidence, offset),
        *opposite_castings(chunk, starts, evidence, offset),
        *now_not(chunk, evidence, offset),
        *glossed_castings(chunk, evidence, offset),
        *kin_castings(chunk, evidence, offset, context),
        *apposed_castings(chunk, evidence, offset),
        *played_since(chunk, evidence, offset),
        *when_cast(chunk, evidence, offset),
        *fronted_casts(chunk, evidence, offset, context),
        *remarked_brackets(chunk, evidence, offset),
        *owned_castings(chunk, evidence, offset, context),
        *as_brackets(chunk, evidence, offset),  # "Ada Vale (as Mira)"
    ]:
        if (
            free(casting.start - offset, casting.end - offset)
            or casting.status is CastStatus.FORMER
        ):
            found.append(casting)
    taken.extend((c.start - offset, c.end - offset) for c in found)
    for pattern, cue, reach in _FORMS:
        if not _may_match(pattern, chunk, role_hint):
            continue
        candidates = near(starts, cue.positions(lower), reach)
        for match in scan(pattern, chunk, candidates):
            if not free(*match.span()) or is_past_role(match, chunk, context):
                continue
            if not_the_actor(chunk, match, context):
                continue
            if pattern is _POSSESSIVE and placed_in_another_work(chunk, match.end(), context):
                continue  # "since Ada Vale's Dr Pike walked into Elmgate in The Burning Field"
            status = CastStatus.CURRENT
            aside = pattern is _DIRECT and match["aside"]  # "X, announced in May as Y, ..."
            if (pattern is _RELATIVE or aside) and DEPARTED.search(chunk, match.end()):
                status = CastStatus.FORMER
            verb_led = pattern is _DIRECT or pattern is _ADVERBS_AS
            if verb_led and DEPARTED.search(match["gap"] or ""):
                status = CastStatus.FORMER
            if introduced_as_gone(chunk, match.start(), match.end()):
                status = CastStatus.FORMER
            char, stop = attributive(match, chunk)
            if not char:
                continue
            taken.append((match.start(), stop))
            start, end = offset + match.start(), offset + stop
            groups = match.groupdict()
            unsure = offered(groups.get("kw") or "", groups.get("gap") or "", chunk, stop)
            unsure = unsure or split_pairing(chunk, match.start("actor"), stop)
            found.append(Casting(named_actor(chunk, match), char, evidence, start, status, end=end,
                              unsure=unsure))  # fmt: skip
    return fill_parts(sorted(found, key=lambda c: c.start), [])


def _resolve(raw: list[Casting], doc: Doc, context: Context, people: People) -> list[CastFact]:
    raw = successors_parts(raw, people)
    cleaned = [clean_character(r.character) for r in raw]
    full_chars = [c for c in cleaned if is_full(c)]
    firsts = {c for c in cleaned if c and not is_full(c)}
    full_chars += character_like_names(doc, people, context, firsts)
    facts: dict[tuple[str, str], CastFact] = {}
    works = work_column(doc)
    raw = held_if_part_first(settle_pairs(raw, people, doc.text), people)
    for item in sorted(raw, key=lambda r: r.start):
        oriented = orient(item, people, doc.text) if item.flexible or item.outer else item
        if oriented is None:
            continue
        mention = without_title_lead(oriented.actor, doc.text)  # "In Title Reed plays"
        actor = None if mention is None else listed_actor(mention, people, doc)
        if (
            actor is not None
            and (item.flexible or item.outer)
            and not item.unsure
            and is_full(actor)
        ):
            people.add(actor)
        character = without_nickname(clean_character(oriented.character))
        if actor is None or not character or placed(item, doc.text):
            continue  # "so good as a boxer in last year's Z": Z is no part
        if modifier_acronym(character, item.evidence):
            continue  # "back as everyone's favourite TV mum": TV is no part
        if in_earlier_maker_work(item.evidence, actor, doc.date):
            continue  # "where Ada Vell's 2019 film, with X as Y, played it as farce"
        resolved = resolve_part(character, full_chars, doc, item.start)
        if resolved == actor or not _plausible_character(character, people, context):
            continue  # "Ada — Tamsin Loe, who plays ...": a name is never its own part
        character = articled_part(resolved, item.evidence)  # "plays the Lamplighter"
        work = item.work or line_work(without_nickname(item.evidence))  # "Tom “Tommo” Wragg"
        credit = headline_actor(
            judge_credit(actor, character, work, works, context), item, actor, work, context
        )
        if credit is Credit.OTHER:
            continue
        key = (actor, character)
        held = key in facts and facts[key].doubt == UNSETTLED_DOUBT and not item.unsure
        if key not in facts or item.status is CastStatus.FORMER or held:
            facts[key] = CastFact(actor, character, item.evidence, item.status)
            if credit is Credit.UNSURE:
                facts[key] = replace(facts[key], confidence=HELD, doubt=_WORK_DOUBT)
            elif item.unsure:
                facts[key] = replace(facts[key], confidence=HELD, doubt=UNSETTLED_DOUBT)
    return list(facts.values())


_WORK_DOUBT = "credited beside a work the article does not otherwise name"


def _plausible_character(name: str, people: People, context: Context) -> bool:
    if name in ORIGINS:
        return False  # "as Cal's French ...": a description cut short, not a part
    person = people.resolve(name) or ""
    if people.knows(person) and people.known_by_role_noun_only(person):
        people.forget(person)  # "who played the company's director Vera Slade": a part
    elif people.knows(person):
        return False
    tokens = [t for t in name.split() if t not in STOP_TOKENS]
    # A part may share a word with the title (Mabyn Colquite in Colquite), not be the title.
    return bool(tokens) and not all(context.is_ours(t) for t in tokens)
