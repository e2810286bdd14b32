"""Castings the article tells of another work, for :func:`bot.extract.extract_facts`.

Places an actor's part belongs to a work this article is not about, in the casting's sentence:

* a relative clause on a work: "The first Moon Harbour, which starred Ada Vale as the voice of
  Pip, ..." (the casting is that work's);
* a relative clause on the actor that sets the part in a named work: "Vale, who spent two
  seasons as Lady Ashby in Crown Lane, ..." or "who won a Bafta for playing X in “Y”";
* a work named, then whom it stars or starred: "“The Tarn Year,” starring Ada Vale as ...",
  "Lumen, which aired in May with Ada Vale as ..." (see :mod:`.castthatworks`).

The work must be one the article is not about; a casting of this article's own production
("Marlow, which stars Ada Vale as Mira") stays.
"""

from __future__ import annotations

import re

from bot.extract.after_other_openings import after_another_work
from bot.extract.castactornouns import STAR_LEADS
from bot.extract.castanaphors import (
    told_after_apposed_work,
    told_of_work_before,
)
from bot.extract.castlastworks import TITLE_ARTICLES
from bot.extract.castledworks import lede_paragraph
from bot.extract.castlistings import held_listing_items
from bot.extract.castlistworks import held_list_works
from bot.extract.castnewsitems import other_sections
from bot.extract.castnotparts import another_cast
from bot.extract.castpassingworks import passing_work_part
from bot.extract.castpastasides import past_aside_in_work
from bot.extract.castrelational import held_relational
from bot.extract.castseasons import past_season_end
from bot.extract.castthatworks import (
    aired_with_other,
    owned_by_other,
    owned_in_dated_other,
    starred_by_other,
    told_of_other_work,
)
from bot.extract.castturns import held_turns
from bot.extract.castwithworks import with_other_work
from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS, PART_LABELS
from bot.extract.names import NAME
from bot.extract.nextworkscopes import next_work_sentences
from bot.extract.text import Doc
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_CASTS_IN = ("starred", "featured", "co-starred", "saw", "had")
"""The verbs of a clause casting a work ("which starred ...")."""
_THAT_CASTS = tuple(f" that {verb} " for verb in (*_CASTS_IN, "also"))
"""The cue of such a clause after "that", a word common enough to need its verb."""
_WORK_WHICH = lazy_pattern(
    rf"(?P<work>{NAME})[”\"]?,[ ](?:which[ ][^,.;:()“”\"]{{1,60}}?[ ]and[ ])?"
    rf"(?:(?:the|{NAME}[’']s)[ ](?:[\w’'+-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ]"
    r"(?=(?:that|which|in[ ]which)[ ]))?"
    rf"(?:(?:which|that|in[ ]which)[ ](?:also[ ])?(?:{'|'.join(_CASTS_IN)})[ ]"
    rf"(?P<actor>{NAME})[ ](?:as|play(?:ing)?)[ ]|(?:in[ ]which|where)[ ](?P<player>{NAME})[ ]"
    r"(?:also[ ])?(?:(?:is[ ](?:set[ ]|due[ ])?to|will)[ ]play|plays|played|voices|voiced|"
    r"portrays|portrayed|stars[ ]as|starred[ ]as)[ ])"
)
"""A clause on a work that casts it: "Lumen, which starred Ada Vale as ...", "“Lumen”, in which
Vale will play ...", "Lumen, which it released in May and which starred Ada Vale as ...", and
after the work's kind apposed to it: "Lumen, the BBC Two drama that starred Ada Vale as ...",
"Lumen, Kai Reed’s thriller in which Vale plays ..." (not "a thriller in which": a profile's
indefinite gloss introduces a work, often the article's own)."""
_WHO_AS_IN = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:had[ ]|has[ ])?(?:spent|played|starred|appeared|"
    r"was[ ]seen|was[ ]best[ ]known|won|earned|received|took|was[ ]nominated)\b[^,;:()]{0,40}?"
    r"[ ](?:as|playing|portraying)[ ](?P<part>[^,;:()]{1,60}?)[ ]in[ ]"
    rf"(?:(?:the|a|an)[ ](?:[a-z]+[ ]){{0,2}})?[“\"‘']?(?P<work>{NAME})"
)
"""A relative clause on the actor that sets a past part in a named work: "Vale, who spent two
seasons as Lady Ashby in Crown Lane", "who spent a winter as Mrs Pike in a touring farce"."""
_WHO_PLAYS_IN = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:plays|played|voices|voiced|stars[ ]as|starred[ ]as)[ ]"
    r"(?P<part>(?:(?!,[ ]and[ ]|[ ]who[ ])[^;:()“”\"]){1,60}?),?[ ]in[ ]"
    rf"(?:the[ ](?:[A-Za-z]+[ ]){{0,3}}?of[ ])?[“\"‘']?(?P<work>{NAME})"
)
"""A relative clause that sets the part in a named work: "Vale, who plays the lead, Mira, in
Lumen", "who stars as Mira in the touring revival of Lumen"."""
_DUB = lazy_pattern(
    rf"\bdub(?:bed[ ]version)?,[ ](?:in[ ]which|where)[ ](?P<actor>{NAME})[ ]voices[ ]"
)
"""A dub's voice: "the Spanish dub, in which Ada Vale voices Mira" is no casting of the work."""
_ELSEWHERE_CASTS = lazy_pattern(
    r"^(?:Elsewhere|In[ ]other[ ](?:casting[ ])?news|Meanwhile|Over[ ]at|Also[ ]this[ ]week),[ ]"
    rf"(?:(?:the|a|an)[ ](?:[a-z-]+[ ]){{0,3}})?(?P<work>{NAME})(?:[’']s[ ][a-z]+)?[ ]"
    r"(?:has[ ]|have[ ]|is[ ]|are[ ])?(?:cast|casts|casting|added|adds|adding|tapped|taps|signed|"
    r"signs|booked|books|recruited|recruits|enlisted|enlists)\b"
)
"""A round-up's next item: "Elsewhere, Lumen has cast Ada Vale as Mira" (that work's casting)."""
_TURN_TO_WORK = lazy_pattern(
    rf"^(?:(?:Over|Meanwhile|Elsewhere)[ ](?:on|at)[ ](?P<work>{NAME}),[ ]|(?:The[ ])?(?P<topic>"
    rf"{NAME}),[ ]meanwhile,[ ](?:has[ ]|have[ ]|is[ ]|are[ ])?(?:cast|casts|casting|added|adds|"
    r"stars|starring|shooting|filming|signed|tapped)\b)"
)
"""A sentence that turns to another work: "Over on Lumen, Ada Vale is playing ...", "Lumen,
meanwhile, has cast Ada Vale as ..." (that work's casting)."""
_WORK_STARS = lazy_pattern(
    rf"^(?!It[ ](?:also[ ])?(?:stars|features)[ ])(?:(?:The|A|An)[ ])?(?P<work>{NAME})(?:[ ]"
    r"\(\d{4}\))?[ ](?:also[ ])?(?:stars|starred|co-stars|co-starred|features|featured)[ ][A-Z]"
)
"""A sentence about a work that stars people: "Lumen stars Ada Vale as Mira" ("It stars": ours)."""
_WORK_LABEL = lazy_pattern(
    rf"^(?:(?:The|A|An)[ ])?(?P<work>{NAME})[ ]\((?:\d{{4}}|[A-Z][^()]{{0,29}})\)[ ]?:[ ]"
)
"""A sentence labelled with a work and its channel or year: "Lumen (Apple TV+): Ada Vale (Mira)
and ..." ("Returning (all confirmed): ..." is no work)."""
_ASIDE_IN_WORK = lazy_pattern(
    r"[ ](?:as|play|plays|playing|portrays|portraying)[ ](?:(?:a|an)[ ][^,;:()“”\"]{1,60},[ ])?"
    r"(?P<part>[^,;:()“”\"]{1,60}),[ ](?:(?:a|an|the)[ ][^,;:()“”\"]{1,80},[ ])?in[ ]"
    rf"(?:the[ ]|a[ ]|an[ ])?(?:[\w’'+-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ][“\"‘']?(?P<work>{NAME})"
)
"""A part with an aside on it (after or before its name), then a work told by its kind: "next
stars as Odile, a ballet teacher, in the Channel 4 drama Pointe", "plays a young nurse, Odile,
in the crime drama Pointe" (that work's part)."""
_THAT_WORK = lazy_pattern(
    r",?[ ](?:on|in)[ ]that[ ](?:series|show|film|movie|drama|production|play|sitcom|soap)\b"
)
"""After the part: "Vale plays Mira on that series", "plays the lead, Mira, in that series" (a
work the article named before)."""
_IN_WORK_OPENING = lazy_pattern(
    rf"^(?:In|On)[ ](?:(?:the|a|an)[ ](?:[\w’'+-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ]|"
    rf"(?:{NAME}(?:[ ]\d)?[’']s[ ])(?:(?:[\w+-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ])?)[“\"‘']?"
    rf"(?P<work>{NAME})"
    r"[”\"’']?(?:[ ]\(\d{4}\))?,[ ]"
)
"""A sentence set in a work told by its kind or its channel: "In the BBC drama Lumen, X plays
Y", "On ITV's Lumen, X plays Y" (that work's part)."""


def drop_elsewhere(cast: list[CastFact], context: Context, doc: Doc) -> list[CastFact]:
    """``cast`` without the castings told as another work's, or under a heading naming another
    work (see :func:`other_sections`)."""
    under = set(other_sections(doc, context))
    told = after_another_work(doc, context) | told_of_work_before(doc, context)
    told |= told_after_apposed_work(doc, context) | next_work_sentences(doc, context)
    if under:
        told |= {
            doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.start in under
        }
    if told:
        cast = [fact for fact in cast if fact.evidence not in told]
    parts: dict[str, int] = {}
    for fact in cast:
        parts[fact.actor] = parts.get(fact.actor, 0) + 1
    twice = {actor for actor, count in parts.items() if count > 1}
    lede = lede_paragraph(doc)
    kept = [
        fact
        for fact in cast
        if not _elsewhere(fact, context)
        and not _other_work_first(fact)
        and not _partner_in_other_work(fact, context)
        and not _told_of_another(fact, context, twice)
        and not _told_in_past_work(fact, context)
        and not past_aside_in_work(fact, context)
        and not told_of_other_work(fact, lambda work: ours(work, context))
        and not passing_work_part(fact, lambda work: ours(work, context))
        and not with_other_work(fact, lambda work: work in lede or not _other(work, context))
    ]
    kept = held_listing_items(held_turns(kept, context, lede), doc, context)
    return held_relational(held_list_works(kept, context, doc.text), doc.text)


_WHICH_CUES = (" which ", ", where ", *_THAT_CASTS)
"""The cheap words without which :data:`_WORK_WHICH` cannot match."""
_CLAUSES = (*_WHICH_CUES, ", who ")


def _elsewhere(fact: CastFact, context: Context) -> bool:
    text = fact.evidence
    if ("star" in text or " had " in text) and starred_by_other(
        fact, lambda work: ours(work, context)
    ):
        return True
    if ", in " in text and _aside_in_work(fact, text, context):
        return True
    if "), " in text and owned_in_dated_other(fact, lambda work: ours(work, context)):
        return True  # "Salt Year (2019), in which Ada Vale's Mira ...": that work's part
    if "s " in text and owned_by_other(fact, lambda work: ours(work, context)):
        return True  # "Salt Year's Ada Vale, who plays Mira": that work's player
    if not any(clause in text for clause in _CLAUSES):
        return False
    surname = fact.actor.rsplit(" ", 1)[-1]
    which = any(cue in text for cue in _WHICH_CUES)
    for match in _WORK_WHICH.finditer(text) if which else ():
        actor = match["actor"] or match["player"]
        if _same(actor, fact.actor, surname) and not ours(match["work"], context):
            return True
    if ", who " not in text or " in " not in text:
        return False
    for match in _WHO_AS_IN.finditer(text):
        if (
            _same(match["actor"], fact.actor, surname)
            and fact.character in match["part"]
            and not ours(match["work"], context)
        ):
            return True
    return False


def _aside_in_work(fact: CastFact, text: str, context: Context) -> bool:
    first = fact.character.split(" ", 1)[0]
    return any(
        match["part"].startswith(first) and not ours(match["work"], context)
        for match in _ASIDE_IN_WORK.finditer(text)
    )


_CAST_VERBS = (" cast ", " featured ", " starred ")


def _cast_by_another(fact: CastFact, text: str, surname: str, context: Context) -> bool:
    """ "that film cast Vale as Mira", "his Lumen cast Ada Vale as Mira": that work's part."""
    for written in {fact.actor, surname}:
        for verb in _CAST_VERBS:
            at = text.find(f"{verb}{written} as ")
            if at >= 0 and another_cast(text, at + len(verb), context):
                return True
    return False


_NOT_A_WORK = lazy_pattern(rf"(?:{PART_LABELS}|Act)\b|.*[’']s$")


def _plain_work(text: str, match: re.Match[str]) -> bool:
    """For an actor given no other part: a title right after "in", no comma and a place ("who
    plays Y, in Leeds"), part ("in Season 1", "in Act Two") or owner ("in Lumen's Tin Lane")."""
    owned = text.startswith(("’s ", "'s "), match.end("work"))
    owned |= "," in text[match.end("part") - 1 : match.end("part") + 1]  # a comma, then a place
    return not owned and not _NOT_A_WORK.match(match["work"])


def _headed(context: Context) -> bool:
    """The headline names the article's own work: a part an aside sets in a work it does not
    name ("X, who plays Y in Z") is Z's, even for an actor given no other part."""
    return any(map(context.is_ours, context.headline))


def _not_headlined(work: str, context: Context) -> bool:
    """A work the headline does not name (the context may take "ITV's Lumen" for ours)."""
    words = [w for w in work.split() if w[:1].isupper() and w not in TITLE_ARTICLES]
    return bool(context.headline and words) and not any(w in context.headline for w in words)


def _same(written: str, actor: str, surname: str) -> bool:
    return written in (actor, surname)


def ours(work: str, context: Context) -> bool:
    """Whether a title may name this article's production: a word of it is one of its titles or
    is in the headline (articles and small words aside)."""
    words = [w for w in work.split() if w[:1].isupper() and w not in TITLE_ARTICLES]
    return not words or any(context.is_known(w) for w in words)


def _other(work: str, context: Context) -> bool:
    """A work the article is not about, where the article says what it is about at all."""
    return bool(context.ours or context.headline) and not ours(work, context)


def _told_of_another(fact: CastFact, context: Context, twice: set[str]) -> bool:
    """The casting is told as another work's: in the past with its airing, in a dub, "on that
    series", or (for an actor the article gives another part too) in a clause that sets the
    part in a named work."""
    text = fact.evidence
    surname = fact.actor.rsplit(" ", 1)[-1]
    aired = " with " in text or "starred " in text or "featured " in text
    if aired and aired_with_other(fact, lambda work: _ours_whole(work, context)):
        return True
    if (fact.actor in twice or _headed(context)) and ", who " in text and " in " in text:
        for match in _WHO_PLAYS_IN.finditer(text):
            if (
                _same(match["actor"], fact.actor, surname)
                and match["part"].rstrip(",").endswith(fact.character)
                and not ours(match["work"], context)
                and (fact.actor in twice or _plain_work(text, match))
            ):
                return True
    if "tar" in text or "featur" in text:
        work = _WORK_STARS.match(text)
        named = work["work"] if work is not None else ""
        if named and named.lower() not in STAR_LEADS and _other(named, context):
            return True  # "Series stars X and Y" names no other work
    if ":" in text[:60]:
        label = _WORK_LABEL.match(text)
        if label is not None and _other(label["work"], context):
            return True
    if text[:1] in "EIMOA" and "," in text[:30]:
        other = _ELSEWHERE_CASTS.match(text)
        if other is not None and _other(other["work"], context):
            return True
    if text.startswith(("Over ", "Meanwhile ", "Elsewhere ")) or "meanwhile, " in text[:60]:
        turn = _TURN_TO_WORK.match(text)
        if turn is not None and _other(turn["work"] or turn["topic"], context):
            return True
    if any(verb in text for verb in _CAST_VERBS) and _cast_by_another(fact, text, surname, context):
        return True
    if text.startswith(("In ", "On ")):
        opening = _IN_WORK_OPENING.match(text)
        if opening is not None and _not_headlined(opening["work"], context):
            return True
    if "dub" in text and any(_same(m["actor"], fact.actor, surname) for m in _DUB.finditer(text)):
        return True
    at = text.find(fact.character)
    return at >= 0 and _THAT_WORK.match(text, at + len(fact.character)) is not None


_IN_WORK = lazy_pattern(
    rf",?[ ](?:in|on)[ ](?:the[ ](?:[a-z-]+[ ]){{0,2}}{GENRE_NOUNS}[ ])?(?:{NAME}[’']s[ ])?"
    rf"[“\"‘']?(?P<work>{NAME})(?![’'\w])"
)
"""After the part: "as the pilot Ada Storm in Northern Wake", "... in Channel 4’s Northern
Wake" (the channel's work)."""
_APPOSED_IN_WORK = lazy_pattern(
    r",[ ](?:the|a|an|his|her|their)[ ][^,.;:()“”\"]{1,60}?[ ](?:in|on)[ ](?:the[ ])?"
    rf"(?:(?!(?:from|to|with|by|at|down|up|into|for)[ ])[\w-]+[ ]){{0,4}}?[“\"‘']?"
    rf"(?P<work>{NAME})[”\"’']?(?=[.,;]|$)"
)
"""After the part, who it is, then the work: "as Mira, the eldest daughter in the BBC saga
Lumen." (that work's part); not "the student who moves in down the hall from Tom"."""
_NOW = lazy_pattern(
    r"\b(?:will|play|plays|playing|stars|starring|cast|casts|joins?|joined|joining|returns?|"
    r"returning|back|takes|taking|took|voices|voicing|portrays|portraying|reprises?|reprising|"
    r"signed|tapped|set|now|lands?|landed|bags?|bagged|nabs?|nabbed|added|adds|boards?|boarded)\b"
)
"""A casting told as news of this work, before the part: "will play", "joins as", "cast as"."""
_FOR = ("for ", "for her ", "for his ", "for their ")


def _told_in_past_work(fact: CastFact, context: Context) -> bool:
    """The part is set in a named work the article is not about, and nothing before it casts
    anyone now: "Vale is best known as Mira in Lumen", "earned rave reviews as Mira in Lumen",
    "was nominated for her turn as Mira in Lumen" (a career's past turn, not this casting)."""
    text = fact.evidence
    at = text.find(fact.character)
    if at < 0 or (" in " not in text[at:] and " on " not in text[at:]):
        return False
    end = at + len(fact.character)
    after = _IN_WORK.match(text, end) or _APPOSED_IN_WORK.match(text, end)
    if after is None or context.is_known(after["work"]) or past_season_end(text, end) > end:
        return False  # "who played Y in Season 1, has left": this production's own season
    starts = [
        m.start()
        for m in _NOW.finditer(text, 0, at)
        if not (m.group() == "cast" and text.endswith("who ", 0, m.start()))
    ]  # "Jane Roe, who cast X as Y in Lumen": Roe's past casting, not news of ours
    # "won a Bafta for playing Y in Lumen": the turn an award was for, not news of ours
    return not starts or text.endswith(_FOR, 0, starts[-1])


def _ours_whole(work: str, context: Context) -> bool:
    """Whether a title may name this article's production: a word of it is one of its titles,
    or every word of it is in the headline (one shared word, "Road", is not enough)."""
    words = [w for w in work.split() if w[:1].isupper() and w not in TITLE_ARTICLES]
    return not words or context.is_ours(work) or all(w in context.headline for w in words)


_OTHER_WORK = lazy_pattern(
    rf"(?:[’']s|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))[ ]other[ ](?:[\w-]+[ ]){{0,3}}?"
    rf"{GENRE_NOUNS}\b"
)
"""Another work of the same maker, named before the part: "the network's other drama, Lumen,
returns with X as Y" (that work's casting)."""


def _other_work_first(fact: CastFact) -> bool:
    text = fact.evidence
    if " other " not in text:
        return False
    match = _OTHER_WORK.search(text)
    return match is not None and match.end() <= text.find(fact.character)


_PARTNER_IN_WORK = lazy_pattern(
    rf"\b(?:in|at)[ ][“\"‘']?(?P<work>{NAME})[^.;]{{0,120}}?[ ]opposite[ ](?P<actor>{NAME})[’']s[ ]"
)
_PARTNER_THEN_WORK = lazy_pattern(
    rf"[ ]opposite[ ](?P<actor>{NAME})[’']s[ ][^,.;]{{1,40}}?[ ]in[ ][“\"‘']?(?P<work>{NAME})"
)
"""A scene partner's part in a named work: "was in Lumen, playing Mira opposite Ada Vale’s
Bea", "opposite Vale’s Bea in Lumen" (Vale's part is that work's)."""


def _partner_in_other_work(fact: CastFact, context: Context) -> bool:
    text = fact.evidence
    if " opposite " not in text:
        return False
    surname = fact.actor.rsplit(" ", 1)[-1]
    for pattern in (_PARTNER_IN_WORK, _PARTNER_THEN_WORK):
        for match in pattern.finditer(text):
            if _same(match["actor"], fact.actor, surname) and not ours(match["work"], context):
                return not context.is_known(match["work"])
    return False
