"""Sentences whose times belong to another production the sentence itself names: one that opens
"Elsewhere" (a round-up's turn to other news), another work named as someone's and then told
about ("Mara Quint’s The Ochre Dunes opens on Friday"), or a shoot named for another work
("Filming on Channel 9’s Linnet Wharf wrapped yesterday"). The whole sentence is left out,
precision first: it may still name this film, but it cannot be told which time is whose.
"""

from __future__ import annotations

import re

from bot.extract.context import Context, all_known
from bot.extract.cues import hint
from bot.extract.lexicon import MONTH_PATTERN, PART_LABELS, STOP_TOKENS, WEEKDAY_PATTERN
from bot.extract.nextworkscopes import next_work_sentences
from bot.extract.page_blog_entries import other_guide_entries
from bot.extract.page_entries import sections_under
from bot.extract.profile_vehicles import own_dated_leads
from bot.extract.release_asides import WORK_KINDS, own_work
from bot.extract.release_current_shoots import films_elsewhere
from bot.extract.release_distributed import released_by_distributor, released_work
from bot.extract.release_language_versions import of_another_language
from bot.extract.release_next_parts import plays_next_elsewhere
from bot.extract.release_next_roles import (
    leads_with_someones_next,
    opens_on_next_job,
    stars_next_elsewhere,
    works_on_someones_next,
)
from bot.extract.release_next_shoots import shoots_next_elsewhere
from bot.extract.release_opening_works import opening_work
from bot.extract.release_owned_unnamed import dates_an_owners_new_work
from bot.extract.text import Doc, Span, View
from bot.lazy_patterns import lazy_pattern

_ELSEWHERE = lazy_pattern(
    r"[ “\"‘]*(?:(?:Also[ ]|Meanwhile,?[ ])?[Ee]lsewhere|(?:Meanwhile,?[ ])?[Oo]ver[ ]at"
    r"|Away[ ]from|Also[ ](?:out|new|coming|arriving|streaming|airing|landing"
    r"|this[ ](?:week|month)|worth[ ](?:a[ ](?:look|watch)|watching|catching|seeking[ ]out)))\b"
)
"""A turn to other news: "Elsewhere, ...", "Over at the BBC, ...", "Also out this month: ...",
a guide's other picks ("Also worth a look: ...")."""
_EARLIER_WORK = lazy_pattern(
    r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose))[ ](?:previous|earlier|other|former|"
    r"prior)[ ](?:[\w-]+[ ]){0,2}?(?:film|feature|movie|series|show|drama|comedy|thriller|project|"
    r"work|release(?![ ](?:date|window|day|plan)))\b"
)
"""Someone's earlier or other work: "The director's previous feature arrived in ...", "whose
other big release this year was ..."."""
_NAME = (
    r"(?P<name>(?!(?:" + WEEKDAY_PATTERN + "|" + MONTH_PATTERN + r"|Christmas|Easter|New[ ]Year)\b)"
    r"[A-Z][\w’'&-]*"
    r"(?:[ ](?:(?:of|the|and|in|on|at|a|an|to|du|de|la|le)[ ])?[A-Z][\w’'&-]*){0,4})"
)
_ITS_OWN = lazy_pattern(
    r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]own[ ](?:[a-z][\w-]*[ ]){0,3}?"
    + WORK_KINDS
    + r",?[ ][“\"‘]?"
    + _NAME
)
"""A rival's own work, named after it ("Apple confirmed that its own coastal thriller, Tarn Point,
will premiere on 12 June"), in a chart or news round-up about another work."""
_OWNED_SUBJECT = lazy_pattern(
    r"[’']s[ ](?P<kind>(?:(?:new|latest|upcoming|own)[ ])?(?:(?:adaptation|version|remake)[ ]of[ ]"
    rf"|(?:{WORK_KINDS}|debut)[ ]))?[“\"‘]?"
    + _NAME
    + r"[”\"’]?(?:,[^,;:]{1,120},)?[ ](?:(?:also|now|finally|then|officially)[ ])?"
    r"(?:premieres?|opens?|screen(?:s|ed)?|lands?|arrives?|debuts?|airs?|hits?|drops?|dropped|"
    r"streams?|bows?|"
    r"launch(?:es)?|wrapped|began|begins|starts?|started)\b"
)
_OWNER = lazy_pattern(r"(?:^|(?<=[ (“\"]))[A-Z][\w’'-]*(?:[ ][A-Z0-9][\w’'-]*){0,2}$")
"""Another work named as a person's or company's, then the subject of a release verb (not
"returns" or "is": "Ivo Brandt's Ida Quarrie returns" may be a part of ours), maybe by its
kind or as an adaptation ("Lumen's adaptation of The Reed Bed, starring Ola Quist, lands ..."),
though not by its kind when the headline names the owner ("Kelpa’s mystery Tarn Key lands ..."
under "Kelpa sets a date for ...": the owner's work is the article's)."""
_SHOOT_OF = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]roduction|[Pp]rincipal[ ]photography)[ ](?:on|of|for)[ ]"
    r"(?:(?P<owner>[A-Z][\w’'-]*(?:[ ][A-Z0-9][\w’'-]*){0,2})[’']s[ ]"
    r"(?P<words>(?:[a-z][\w-]*[ ]){1,4})?)?[“\"‘]?(?:" + _NAME + ")?"
)
"""A shoot named for its production: "Filming on Channel 9’s Linnet Wharf wrapped", maybe with
words between owner and name ("Filming on Kelpa’s feature-length Tarn Key finale") or no name
("Shooting on Lumen’s untitled heist film")."""
_BRANDED = lazy_pattern(
    r"\bOriginals?[ ](?:[Ss]eries|[Ff]ilm|[Mm]ovie|[Dd]rama|[Dd]ocumentary|[Cc]omedy|[Tt]hriller)"
    r"[ ]" + _NAME
)
"""A work named by its brand ("Lumen Original Series The Pass lands in August"): the sentence
is about that work, another's when the article's own is known and not it."""


_NEXT_UP = lazy_pattern(
    r"[ “\"‘]*(?:(?:Next[ ]up|Up[ ]next|Coming[ ]up[ ]next)(?:[ ]for[ ][^,;:]{1,60}?)?"
    r"|Next[ ]for[ ][^,;:]{1,60}?)[ ](?:is|are|will[ ]be)[ ]"
    r"(?:a[ ]role[ ]in[ ]|a[ ]part[ ]in[ ])?[“\"‘]?" + _NAME
)
"""A paragraph that turns to someone's next work: "Next up for Ada Voss is Lowtide, a thriller
in which she plays ...", a profile's "Next up is Lowtide, ...": the shoot the paragraph then
dates is that work's."""


_OWN_PART = lazy_pattern(rf"{PART_LABELS}\b")
"""A season's or a part's label ("Next up is Series 2"): the article's own work's next run."""


def _own_next(name: str, context: Context) -> bool:
    """Whether the next work named is the article's own, or its next run: "Next up is
    Fellside's second series", "Next up is Series 2"."""
    if _OWN_PART.match(name):
        return True
    return context.is_known(re.sub(r"[’']s$", "", name))


_EVENT_SUBJECT = lazy_pattern(
    r"[ “\"‘]*(?:The|A|An|Its|This|That|Their|Our)[ ]"
    r"(?:(?!(?:film|movie|series|show|season|episode|finale|will|is|was|has|to)\b)"
    r"[a-z\d][\w’'-]*[ ]){0,3}?(?:trailer|teaser|poster|clip|first[- ]look|premiere|"
    r"screening|gala|panel|event|festival|soundtrack)\b(?![ ]date)"
)
"""A sentence whose subject is a trailer, a poster or an event, not the film."""
_EVENT_AT = lazy_pattern(
    r"\b(?:premieres?|premiering|screens?|screening|bows?)[ ](?:tonight|today|tomorrow|this[ ]\w+"
    r"|(?:on[ ])?\w+day(?:[ ](?:night|evening))?)[ ]at[ ](?:the[ ])?[A-Z]"
)
"""A premiere on a day at a venue: "premieres tonight at the Lyric", an event."""
_QUOTED_SUBJECT = lazy_pattern(
    r"[“\"‘']" + _NAME + r"[,.]?[”\"’'][ ](?:(?:will|would|is|was|has|had|could|may|might|also|"
    r"now|finally|then|officially|set[ ]to|to)[ ]){0,2}(?:premieres?|opens?|screens?|lands?|"
    r"arrives?|debuts?|airs?|hits?|drops?|streams?|bows?|launch(?:es)?|returns?|gets?|got|"
    r"wrapped|began|begins|starts?|started)\b"
)
"""Another work in quotation marks, the subject of a release verb anywhere in the sentence:
"she said that “Kestle Bay” would get a re-release on 3 May"."""
_WHOSE = lazy_pattern(
    r"(?P<ante>[\w’'-]+),[ ]whose[ ](?:[^,;:]{0,100}?[ ])?"
    r"(?:premieres?|opens?|screens?|lands?|arrives?|debuts?|airs?|bows?|launch(?:es)?|starts?|"
    r"begins?|returns?|is[ ](?:due|set)|was[ ](?:due|set))\b"
)
"""A time told in a clause about someone's own thing: "Lund, whose play opens in May, said"."""
_OWN_RELEASE = lazy_pattern(
    r"\b(?:premiere|release|debut|launch|opening|arrival|return|date|season|series|sequel|"
    r"finale|chapter|film|movie)[ ](?:was|is|has|had|will|would|now|originally|first|date|"
    r"premieres?|opens?|arrives?|lands?|debuts?|airs?|begins?|starts?|returns?)\b"
)
"""A work's "whose" clause telling its own release ("X, whose premiere was set for ..."), not
a person's other work ("X, whose debut album arrives ...")."""
_WORK_NOUN = lazy_pattern(
    r"(?:film|movie|series|show|season|sequel|feature|drama|comedy|thriller|adaptation|finale|"
    r"episode|instalment|installment|chapter|it)$"
)
_QUOTE_MARKS = ("“", '"', "‘", "'")
_RERUN = lazy_pattern(
    r"\b(?:re-?release[sd]?|re-?issue[sd]?|(?:expanded|wider)[ ]release|re-?runs?|repeats?[ ]on|"
    r"anniversary[ ](?:screening|"
    r"edition|re-?release|tour)s?|(?:4K|remastered)[ ](?:restoration|release|edition|re-?release))"
    r"\b",
    re.IGNORECASE,
)
"""A time of a work’s second outing (a re-release, a reissue, a rerun, an expanded or wider
release), never a first release. A run being widened reaches only its own clause's time
(:mod:`bot.extract.release_widenings`)."""
_RERUN_HINT = hint("e-release", "erelease", "e-issue", "eissue", "e-run", "erun", "epeat",
                   "nniversary", "4K", "emaster", "xpanded", "ider release")  # fmt: skip
_EVENT_AT_HINT = hint("premier", "screen", "bow")
_OWNED_HINT = lazy_pattern(r"[’'‘]s[ ](?:[a-z]+[ ]){0,3}[“\"‘]?[A-Z]")
_SHOOT_HINT = hint("ilming ", "hooting ", "roduction ", "hotography ")
_EARLIER_HINT = hint("previous", "earlier", "other", "former", "prior")
_STAGED = lazy_pattern(
    r"\b(?:[Rr]evival|[Ss]taging|(?:[Ss]tage|[Tt]heatre|[Tt]heater|West[ ]End|Broadway|[Tt]ouring)"
    r"[ ](?:production|adaptation|run|version|premiere)|[Rr]ehearsals)[ ](?:of|for)[ ][“\"‘]?"
    + _NAME
)
"""A play someone is rehearsing or staging ("rehearsals for a revival of The Dunnock"): its dates,
and those of the sentences that carry on from it ("It opens on 3 October."), are the play's."""
_REHEARSED = lazy_pattern(
    r"\b(?:[Rr]ehears(?:e|es|ed|ing)|[Ss]tag(?:e|es|ed|ing)|[Ss]tar(?:s|red|ring)?[ ]in|"
    r"[Aa]ppear(?:s|ed|ing)?[ ]in)[ ](?:a|an|the|my|his|her|their|our)[ ](?:new[ ])?"
    r"(?:play|musical|stage[ ]play)\b(?:,?[ ][“\"‘]?" + _NAME + r")?"
)
"""A play someone rehearses, stages or appears in, named or not ("to rehearse a play, Les
Martinets, at the Théâtre Varin"): not a film, and so the sentence and the ones that carry on
from it ("It opens in October.") date the play."""
_STAGED_HINT = hint("evival", "taging", "tage ", "heatre ", "heater ", "West End", "Broadway",
                    "ouring ", "ehearsals", " play", " musical")  # fmt: skip
_FILM_NAMED = lazy_pattern(
    r"\b(?:film|movie|series|show|season|drama|comedy|thriller|(?:before|after)[ ]it)\b"
)


def about_another(chunk: str, context: Context) -> bool:
    """Whether the sentence's times may be another production's or an event's, by what it
    names: "A second teaser is coming, and it drops on 3 May" dates the teaser."""
    if _ELSEWHERE.match(chunk) or (_EARLIER_HINT.search(chunk) and _EARLIER_WORK.search(chunk)):
        return True
    opening = opening_work(chunk)  # "Tarn Point, Kelpa's thriller, held No 2 after its launch"
    if opening is not None and _unknown(opening, context):
        return True
    if chunk.lstrip(' “"‘').startswith(("Next", "Up next", "Coming up")):
        upcoming = _NEXT_UP.match(chunk)
        if upcoming is not None and not _own_next(upcoming["name"], context):
            return True
    if " at " in chunk and _EVENT_AT_HINT.search(chunk) and _EVENT_AT.search(chunk):
        return True
    subject = _EVENT_SUBJECT.match(chunk)
    if subject is not None and not _FILM_NAMED.search(chunk, subject.end()):
        rest = chunk[subject.end() :].split()
        if not any(w[:1].isupper() and context.is_known(w.strip(",.;:’'")) for w in rest):
            return True
    if "’s " in chunk or "'s " in chunk:
        for mark in _OWNED_HINT.finditer(chunk):
            match = _OWNED_SUBJECT.match(chunk, mark.start())
            if match is None or not _unknown(match["name"], context):
                continue
            owner = _OWNER.search(chunk, max(mark.start() - 60, 0), mark.start())
            if owner is None or context.is_ours(owner.group()):
                continue
            if not (match["kind"] and set(owner.group().split()) <= context.headline):
                return True  # not "Kelpa’s mystery Tarn Key lands" under "Kelpa sets a date"
    if " own " in chunk:
        owned = _ITS_OWN.search(chunk)
        if owned is not None and _unknown(owned["name"], context):
            return True
    if _RERUN_HINT.search(chunk) and _RERUN.search(chunk):
        return True
    distributed = released_by_distributor(chunk) or released_work(chunk)  # "released by X on"
    if distributed is not None and _unknown(distributed, context):
        return True
    if stars_next_elsewhere(chunk, context):  # "She is set to star in ‘Salt Road’, a western."
        return True
    if (
        works_on_someones_next(chunk, context)
        or leads_with_someones_next(chunk, context)
        or opens_on_next_job(chunk, context)
    ):  # "He is filming Ana Ruiz's next feature"; "Vale's next project is ..."; "Next, he ..."
        return True
    if plays_next_elsewhere(chunk, context):  # "‘Thornmere’, in which he will play ..."
        return True
    if shoots_next_elsewhere(chunk, context):  # "to shoot the new film of X, “Title”"
        return True
    if (
        of_another_language(chunk)
        or films_elsewhere(chunk, context)
        or dates_an_owners_new_work(chunk, context)  # "the BBC's new sitcom, which opens ..."
    ):
        return True  # "The Welsh-language version airs ..."; "He is currently filming ‘X’"
    if _STAGED_HINT.search(chunk):
        for match in _STAGED.finditer(chunk):
            if _unknown(match["name"], context):
                return True
        played = _REHEARSED.search(chunk)
        if played is not None and (played["name"] is None or _unknown(played["name"], context)):
            return True
    if " whose " in chunk:
        for match in _WHOSE.finditer(chunk):
            ante = match["ante"]
            if context.is_ours(ante) or _WORK_NOUN.match(ante.lower()):
                continue
            if _headline_work(chunk[match.end("ante") : match.end()], context):
                continue  # "writer Ada Vale, whose thriller Tarn Lane begins ...": the headline's
            own = _OWN_RELEASE.search(chunk, match.end("ante"), match.end())
            if not (context.is_known(ante) and own):
                return True  # a person's run, tour or novel; "X, whose premiere ...": X's
    if any(mark in chunk for mark in _QUOTE_MARKS):
        for match in _QUOTED_SUBJECT.finditer(chunk):
            if _unknown(match["name"], context):
                return True
    if _SHOOT_HINT.search(chunk):
        shoot = _SHOOT_OF.search(chunk)
        if shoot is not None and _shoots_another(shoot, context):
            return shoot["owner"] is None or not context.is_ours(shoot["owner"])
    if " Original" in chunk:
        branded = _BRANDED.search(chunk)
        return branded is not None and _unknown(branded["name"], context)
    return False


_KIND_NAMED = lazy_pattern(
    rf"\bwhose[ ](?:[\w-]+[ ]){{0,3}}?{WORK_KINDS}[ ]"
    r"(?P<name>[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,4})"
)
"""A work a "whose" clause names by its kind: "whose four-part thriller Tarn Lane"."""


def _headline_work(clause: str, context: Context) -> bool:
    """The "whose" clause names by its kind the article's own work ("Podcast: Ada Vale on Fen
    Road" over "writer Ada Vale, whose thriller Tarn Lane begins on ...")."""
    named = _KIND_NAMED.search(clause)
    return named is not None and own_work(named["name"], context)


_UNNAMED_OTHER = lazy_pattern(
    r"\b(?:untitled|next|new|upcoming|other|previous|earlier|former|prior)\b"
)
"""Words that make an owner's unnamed work one of its others ("Lumen’s untitled heist film"), not
the article's own told by its kind ("Netflix’s feature-length finale", "the director's second
feature")."""


def _shoots_another(shoot: re.Match[str], context: Context) -> bool:
    """The shoot :data:`_SHOOT_OF` names is of a work not ours: its name is unknown, or an owner's
    work goes unnamed but called another ("Shooting on Lumen’s untitled heist film")."""
    if shoot["name"] is not None:
        return _unknown(shoot["name"], context)
    words = shoot["words"] or ""
    return _UNNAMED_OTHER.search(words) is not None and bool(context.ours or context.headline)


def _unknown(name: str, context: Context) -> bool:
    """Not the article's own work, when it knows its work at all (else none can be told)."""
    if not (context.ours or context.headline):
        return False
    tokens = [t for t in name.title().split() if t not in STOP_TOKENS]
    return bool(tokens) and not context.is_known(name) and not context.is_known(" ".join(tokens))


_CREDITED_BY = lazy_pattern(
    r"(?P<work>(?:[A-Z][\w’'&+-]*:?[ ]){0,5}[A-Z][\w’'&+-]*)[”\"’']?,[ ](?:(?:directed|written|"
    r"produced|created|adapted|helmed)[ ]by|starring|from)[ ]$"
)
"""A credit between a work and its relative clause: "in Tide Line, directed by Oona Hale,
which opens ..."."""


def credited_work(before: str, start: int) -> str | None:
    """The work a credit names before the person at ``start`` ("Tide Line" of "Tide Line,
    directed by Oona Hale, which ..."), when that is so."""
    if " by " not in before and "starring" not in before and " from " not in before:
        return None
    credit = _CREDITED_BY.search(before, max(start - 160, 0), start)
    return credit["work"].replace(":", "") if credit is not None else None


_HEADING = lazy_pattern(
    r"[ ]*(?P<line>[A-Z][\w’'&-]*(?:[ ](?:[A-Z0-9][\w’'&-]*|of|the|and|a|an|in|on|to|for|at|&))"
    r"{0,5})[ ]*$"
)
"""A bare heading line in title case, without a sentence's punctuation ("The Ochre Dunes")."""


def foreign_starts(
    doc: Doc, context: Context, views: tuple[View, ...] | None = None
) -> frozenset[int]:
    """The sentences about another production: those :mod:`bot.extract.context` finds, and, in
    a round-up whose bare headings name several works, ours among them, those under a heading
    naming another work that its section names again mid-sentence ("Linnet Wharf" over
    "Filming on Channel 9's Linnet Wharf wrapped ..."), up to a heading naming ours. A heading
    its section never names so ("Filming", "Release Date") opens no other work's section.

    With ``views``, only those sentences are asked what they name (:func:`about_another`, the
    costly part): the caller reads nothing of the others."""
    asides = {
        v.span.start
        for v in (doc.views if views is None else views)
        if about_another(v.chunk, context)
    }
    asides |= other_guide_entries(doc, context.is_known)  # "Lumen: Tide" over "Netflix, Friday"
    nexts = next_work_sentences(doc, context)  # "Next up is Tide, ..., shooting in May"
    asides |= {
        v.span.start for v in doc.views if doc.text[v.span.start : v.span.end].strip() in nexts
    }
    foreign = context.foreign - own_dated_leads(doc, context.foreign_from, context.ours)
    if "\n" not in doc.text:
        return foreign | asides
    lines = {
        para.para: match["line"]
        for para in doc.paras
        if para.end - para.start <= _LONGEST_HEADING and para.para != doc.title_para
        for match in [_HEADING.fullmatch(doc.text, para.start, para.end)]
        if match is not None
    }
    if len(lines) < 2 or not any(all_known(line, context) for line in lines.values()):
        return foreign | asides

    def heading(para: Span, _other: bool) -> bool | None:
        line = lines.get(para.para)
        if line is None:
            return None
        if all_known(line, context):
            return False
        return True if _named_again(doc.text, line, para.end) else None

    return foreign | asides | frozenset(sections_under(doc, heading))


def _named_again(text: str, line: str, start: int) -> bool:
    """``line`` recurs after ``start`` inside a sentence, after a small word or an owner ("on
    Linnet Wharf", "Channel 9's Linnet Wharf"): as a name, not a sentence's first word."""
    at = text.find(line, start, start + _SECTION_REACH)
    while at >= 0:
        word = text[max(at - 30, 0) : at].rsplit(None, 1)[-1:] if text[at - 1 : at] == " " else []
        if word and (word[0][:1].islower() or word[0].endswith(("’s", "'s"))):
            return True
        at = text.find(line, at + 1, start + _SECTION_REACH)
    return False


_LONGEST_HEADING = 60
_SECTION_REACH = 1500
