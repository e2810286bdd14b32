"""The less common ways articles state a casting: lists, brackets and "played by" (recasts, who
left a part and who took it, are :mod:`bot.extract.castrecasts`).

* a list item ``Actor – Character`` (dash, starred or numbered), or ``Character, played by
  Actor: ...``; ``Character, now played by Actor`` is a recast;
* brackets either way round: ``Juno (Ezra Lee)``, ``Tobias’s (Dana Ek)``, ``Marek (Sęk)``,
  ``Owen Gallagher (Amos)``; a title in brackets (``Bremner (The Verdigris Clerk)``) is no actor;
  ``X (Mira herself)``: X as Mira.

A form naming no part ("after Z left") takes the part named last before it (:func:`fill_parts`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.extract.castcrossed import uncrossed
from bot.extract.castdatelines import DATELINE
from bot.extract.castfronted import NEW_CLAUSE, subject_is_parts
from bot.extract.castleaverparts import leaver_part
from bot.extract.castplaces import unplaced
from bot.extract.castpraise import PRAISE
from bot.extract.castsurnameworks import surname_before_play
from bot.extract.casttitles import (
    CAST_AFTER,
    CREDITS_LABEL,
    TITLE_ARTICLE,
    as_clause_on,
    noted,
    sited,
    titled_before,
)
from bot.extract.lexicon import NATIONALITIES, REFLEXIVE
from bot.extract.names import END, FIRST_TOKEN, FULL_NAME, NAME, TOKEN
from bot.extract.ranks import LIST_DASH, LIST_NOTE, PART_END, RANK
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

_HONORIFIC_DOT = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sgt|Capt|Det|Insp|Lt|Col|Maj|Gen|Cpl|Cdr|Supt)\.[ ]"
_NICKNAME = r"(?:[ ][“\"‘'][^”\"’'\s]{1,20}[”\"’'])"
CHAR = rf"(?:{_HONORIFIC_DOT}|{RANK})?{FIRST_TOKEN}(?:{_NICKNAME}?[ ]{TOKEN}){{0,2}}{PART_END}"
"""A character's name: up to three words, an honorific with a stop ("Dr. Ilse Dravenor"), a
nickname in quotation marks inside it (Dev “Devvy” Sandhar)."""
_NOT_DESCRIPTIVE = (
    r"(?!(?:well|and|or|of|in|on|at|part|such|soon|long|far|much|both|a|an|the|opposite|"
    r"he|she|they|it|we|you|i|alongside|with|against|beside|for|to|by|from)\b)"
)
ORIGINS = NATIONALITIES - {"Tony", "Oscar", "Olivier", "Emmy"}
"""Origin words that are no one's first name ("French", "Broadway"; not "Tony")."""
ORIGIN = rf"(?:{'|'.join(sorted(ORIGINS))})"
"""Any one of ORIGINS: before a noun ("Kerra's Danish neighbour") it describes, never names."""
ADJECTIVE = rf"(?=[A-Z][a-z]+[ ][a-z]){ORIGIN}(?=[ ])"
"""A nationality before a noun ("Cadan's French flatmate Aurèle"): a description, not the part."""
_WORD = (
    r"(?:(?!(?:al)?though\b|while\b|whereas\b|because\b|with\b|(?:after|before|until|once|"
    rf"unless)\b(?![’'-])|(?:and|or|but|nor)[ ][A-Z])[a-z][\w’'-]*|{ADJECTIVE}|\d{{1,3}}-year-old)"
)
"""A describing word, never one opening a clause ("the role of Ada's flatmate after Tom Reed
exits": Tom Reed is the leaver, not the part), or an age ("plays 15-year-old runaway Mira")."""
_RANK_CAPS = r"(?!(?:DI|DS|DC|DCI|DSI|DCS|PC|WPC)[ ])"
"""A police rank in capitals opens the part's name ("as DI Ros Pell"), unlike a channel's or a
unit's capitals that describe it ("as MI5 handler Ros Pell")."""
_PLACE_WORD = r"(?=[A-Z][a-z]+[ ][a-z])[A-Z][a-z]{3,}(?:ian|ean|ese)(?=[ ])"
"""A demonym known by its ending, before a noun ("Tova's Lisbonese flatmate Ines"): after an
owner's name or an article only, where a first name ("Tobrian") would not stand."""
_DESC_WORD = rf"(?:{_WORD}|{_PLACE_WORD})(?:,[ ](?!(?:and|but|or|nor)[ ])|[ ])"
"""A describing word and its gap: a comma then "and" opens another clause ("as Tom's mum, and
Morton said": Morton is the one speaking, not the part)."""
_ACRONYM = rf"{_RANK_CAPS}[A-Z][A-Z0-9]{{1,5}}(?=[ ][a-z])"
"""An agency's or a body's capitals before a noun ("his MI6 handler, Ada"): a describing word."""
DESCRIPTOR = (
    rf"(?:(?:the[ ])?(?P<owner>{TOKEN})(?:[’']s|(?<=s)[’'])[ ](?:{_DESC_WORD}){{0,3}}"
    rf"(?:(?<=,[ ])(?:the|a|an)[ ](?:{_WORD}[ ]){{0,2}})?"
    rf"|(?:the|that|his|her|their|its|a|an)[ ](?:{_DESC_WORD}|{_ACRONYM}[ ]){{0,6}}"
    rf"|(?:{_NOT_DESCRIPTIVE}(?:{_WORD}|{_RANK_CAPS}[A-Z][A-Z0-9]{{1,}}\+?)[ ]){{1,3}})?"
)
"""Words before a character that say who they are: "Ada's sister", "Yves’ son", "his flatmate,",
"the company’s tyrannical director", "exchange student", "her MI6 handler,"."""
CHAR_GROUP = rf"{DESCRIPTOR}(?P<char>{CHAR})"
"""A part with the words that describe it before it, the part as group ``char``."""
_BULLET = r"(?:[-*•·▪◦][ ]+|\d{1,2}[.)][ ]+)"
THAT_SHE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ](?:[a-z]+[ ]){{0,2}}?(?:revealed|announced|confirmed|shared|"
    r"said|told[ ]fans|posted)[^.;:“”\"]{0,50}?[ ]that[ ](?:she|he|they)(?:[ ](?:has|have|had)[ ]"
    r"(?:officially[ ])?(?:joined|been[ ]cast)[^.;:]{0,30}?|(?:[’']s|[’']re|[ ]is|[ ]are)[ ]back)"
    rf"[ ]as[ ]{CHAR_GROUP}"
)
"""The actor announcing it: "X revealed that she has joined the cast as Y"."""

LIST_ITEM = lazy_pattern(
    rf"^[ ]*{_BULLET}?(?P<actor>{NAME}){LIST_DASH}(?P<char>{CHAR}){LIST_NOTE}"
    r"(?:[ ]*\((?P<note>[^()]{0,90})\))?[ ]*$"
)
"""A cast list's line: "- Ada Vale – Mira Holt", "2. Ada Vale – Mira, Tom's sister (new)"."""
_NOTE_LEAVER = lazy_pattern(
    rf"^(?:took[ ]over|taking[ ]over|takes[ ]over)[ ](?:the[ ](?:role|part)[ ])?from[ ]"
    rf"(?P<old>{NAME})|^(?:replacing|replaces|replaced)[ ](?P<old2>{NAME})"
)
"""A note naming who had the part before: "(took over from X in July)", "(replacing X)"."""
_NO_BY = r"(?:(?!played[ ]by\b|who[ ]|(?:role|part)[ ]of\b|(?<!\w)as[ ][A-Z])[^,;:.()])"
"""A description's letter, not another "played by"'s, a "who" clause's or "the role of"'s, nor
an "as" before a name: in "The film, directed by Ada Vale, opens as Mira, played by Jo Sato,
leaves" the part is Mira, not the credit's name before the aside."""
PLAYED_BY = lazy_pattern(
    rf"(?<!\b[Ii]n[ ])(?!In[ ])(?P<char>{CHAR})"
    rf"(?:,[ ](?!{NEW_CLAUSE}){_NO_BY}{{1,80}}"
    rf"(?:,[ ]{_NO_BY}{{1,40}})?,|[ ]\((?:[^()]{{1,60}}\))?|,|,[ ](?:the|a|an)[ ]{_NO_BY}{{1,40}}?|"
    r"[ ]is[ ]back(?:,[ ]too)?,|,[ ]who|[ ][–—])?[ ](?:is[ ]|was[ ]|will[ ]|has[ ]|still[ ])?"
    r"(?P<now>now[ ]|currently[ ])?(?:be[ ]|been[ ]|being[ ])?(?:played|voiced)[ ](?:(?:once[ ])?"
    rf"(?:again|more)[ ]|as[ ](?:ever|always|before)[ ]|with[ ](?:[a-z-]+,?[ ]){{1,5}})?by[ ]"
    rf"(?:the[ ]|an?[ ])?{PRAISE}"
    r"(?:\d{1,2}-year-old[ ])?(?:(?:[A-Za-z][\w’'-]*[ ]){0,4}?(?:actor|actress|newcomer|star|"
    r"comedian|favourite|favorite|singer|rapper|influencer|veteran)[ ])?"
    rf"(?P<actor>{NAME})"
)
IS_PART = lazy_pattern(
    rf"(?P<actor>{NAME})(?:[ ]\([^()]{{1,60}}\))?"
    rf"(?:,[ ](?:\d{{1,3}}|(?:an?|who)[ ][^,.;:()“”\"]{{1,80}}),)?[ ]is[ ](?P<char>{CHAR}"
    rf"),[ ](?:the|a|an|his|her|their|{TOKEN}(?:[ ]{TOKEN})?[’']s)[ ]"
)
"""A run of castings: "Ifeoma Dune is Ansel Crook, the captain ...", "Dune, 27, is Ansel ...",
"Dune, who trained at Rada, is Ansel ..."; "Vale (Bramble Year) is Mira": an earlier credit."""
OPPOSITE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ](?P<char>{CHAR})[ ]to[ ](?P<other>{TOKEN})[’']s[ ]"
    rf"(?P<char2>{CHAR})"
)
"""Parts paired with "to": "Dana Whitlow, Tobias to Lockwood's Juniper, ..."."""
HIMSELF = lazy_pattern(rf"(?P<char>{CHAR})[ ]{REFLEXIVE},[ ](?P<actor>{FULL_NAME}),")
"""The part named before its actor: "Mr Pardoe himself, Ramiro Quesnel, shared ..."."""
TURN_AS = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})(?:[’']s|,[ ]whose)[ ](?:[a-z-]+[ ])?(?:turn|performance|portrayal)"
    rf"[ ]as[ ](?:{TOKEN}[’']s[ ][a-z]+,?[ ])?(?P<char>{CHAR})"
)
"""A performance named by its actor: "Ada Osei’s turn as Tom’s mum, Ruth", "X, whose turn as Y"."""
AKA = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ](?:and|&)[ ](?P<actor2>{FULL_NAME}),[ ](?:aka|a\.k\.a\.?)[ ]"
    rf"(?P<char>{CHAR})[ ](?:and|&)[ ](?P<char2>{CHAR})\b"
)
"""Two actors and their parts: "Sipho Dlamuka and Lars Overbeek, aka Dev and Ollie"."""
AKA_PART = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ](?:aka|a\.k\.a\.?)[ ](?:the[ ])?{TOKEN}[’']s[ ]"
    rf"(?:[a-z][\w’'-]*[ ]){{1,2}}(?P<char>{CHAR}),"
)
"""An actor and a part with its relation: "Ada Vale, aka Tom's sister Mira," (a bare aka: no)."""
_DID_AFTER = lazy_pattern(
    r",?[ ](?:brought|wore|arrived|posed|spent|signed|"
    r"waved|stopped|came|walked|danced|told|said|shared|posted|joined|"
    r"wrote(?=(?:[ ](?:simply|only|just))?(?::|[ ][\"“‘']))|replied|tweeted|captioned|uploaded|"
    r"followed[ ](?:with|suit|up|(?:[\w-]+[ ]){1,2}later)|"
    r"(?:was|were)[ ](?:photographed|pictured|snapped|papped)|rehears(?:e|es|ed|ing)|"
    r"(?:film|films|filmed|filming|shoot|shoots|shooting)[ ](?:a|the|their|his|her|one|another)"
    r"[ ](?:[a-z-]+[ ])?scenes?|(?:film|films|filmed|filming)[ ](?:in|at|on|outside|near))\b"
)
"""A real-world act after "Name (Name)", or after a second pair joined by "and": the outer name
is the person, not the part ("was photographed": a camera on set sees the actor, never the part;
"wrote simply: ..." and "followed with a photo" are a cast member's post; a part does not
rehearse, film a scene or film on location: "X (Y) and Z (W) rehearse a scene")."""
_NEXT_PAIR = lazy_pattern(r"[ ]and[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}[ ]\([^()]{1,40}\)")
"""A second bracket pair joined to the first, before the act both did."""
PAREN = lazy_pattern(
    rf"(?!{DATELINE})(?P<char>{CHAR})(?:[’']s)?[ ]?\("
    rf"(?!{TITLE_ARTICLE}[ ]|[A-Z]{{2,}}\))(?P<actor>{NAME})\)"
)
PAREN_REVERSED = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]\((?![A-Z]{{2,}}\))(?P<char>{FIRST_TOKEN}{END})"
    r"(?:[ ](?:himself|herself|themself))?!{0,3}\)"
)
"""Actor (Character) for a one-word part only (else Character (Actor))."""
_LIST_ORDER = 2
"""So many "Actor (Part)" brackets in a sentence make it a list read actor first."""
PART_AND_WORK = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]\((?P<char>{CHAR}),[ ](?P<work>[^(),;]{{1,60}})\)"
    rf"(?!{CAST_AFTER.pattern})"
)
"""A credit naming the work too: "Ada Vale (Mira Holt, The Tarn Year)"; before a casting verb
the bracket lists earlier works ("Ada Vale (Bramble Year, Grey Weir) is set to play Mira")."""


@dataclass(frozen=True, slots=True)
class Casting:
    """A casting as the sentence states it, before names are resolved."""

    actor: str
    character: str
    evidence: str
    start: int
    status: CastStatus = CastStatus.CURRENT
    flexible: bool = False
    """Brackets or a dash: which side is the actor is settled by who is a known person."""
    end: int = 0
    """Where the phrasing that states it ends (no other form may claim that stretch)."""
    work: str = ""
    """The work the form credits the part to ("Ada Vale (Mira, The Tarn Year)")."""
    outer: str = ""
    """A bracketed pair's name outside the brackets (see :mod:`bot.extract.castorder`)."""
    unsure: bool = False
    """Nothing in the article settles which side of the pair is the actor: held."""
    takeover: bool = False
    """The new actor of a recast ("X takes over the role of Y"): a leaver named without a
    part, in the sentence or just before, left this part."""


def fill_parts(castings: list[Casting], earlier: list[Casting]) -> list[Casting]:
    """Give a form that names no part the part named last before it in the sentence (else it
    stays without one: the new actor's part elsewhere in the article may still tell)."""
    filled: list[Casting] = []
    for casting in castings:
        if casting.character:
            filled.append(casting)
            continue
        before = [c for c in [*earlier, *filled] if c.character and c.start < casting.start]
        last = leaver_part(casting, before)
        filled.append(replace(casting, character=last.character) if last else casting)
    return filled


def list_forms(chunk: str, starts: list[int], evidence: str, offset: int) -> list[Casting]:
    """List items, "played by" and brackets."""
    found: list[Casting] = []
    item = LIST_ITEM.match(chunk)
    if item is not None:
        listed = casting_at(item, evidence, offset, flexible=True)
        found.append(replace(listed, outer=item["actor"]))
        leaver = _NOTE_LEAVER.match(item["note"] or "")
        if leaver is not None:
            old, end = leaver["old"] or leaver["old2"], offset + item.end()
            found.append(Casting(old, item["char"], evidence, offset + item.start("note"),
                                 CastStatus.FORMER, end=end))  # fmt: skip
    if ("played " in chunk or "voiced " in chunk) and " by " in chunk:
        found.extend(replace(casting_at(m, evidence, offset), takeover=bool(m["now"]))
                     for m in uncrossed(PLAYED_BY, chunk))  # fmt: skip
    found.extend(casting_at(m, evidence, offset) for m in subject_is_parts(IS_PART, chunk))
    if " that " in chunk and (" joined " in chunk or " been cast " in chunk or " back " in chunk):
        found.extend(casting_at(m, evidence, offset) for m in THAT_SHE.finditer(chunk))
    if " turn as " in chunk or " performance as " in chunk or " portrayal as " in chunk:
        found.extend(casting_at(m, evidence, offset) for m in TURN_AS.finditer(chunk))
    if " aka " in chunk or " a.k.a" in chunk:
        found.extend(casting_at(m, evidence, offset) for m in AKA_PART.finditer(chunk))
        for match in AKA.finditer(chunk):
            found.append(casting_at(match, evidence, offset))
            start, end = offset + match.start("actor2"), offset + match.end()
            found.append(Casting(match["actor2"], match["char2"], evidence, start, end=end))
    if "self, " in chunk or "selves, " in chunk:
        found.extend(casting_at(m, evidence, offset) for m in HIMSELF.finditer(chunk))
    if " to " in chunk and ("’s " in chunk or "'s " in chunk):
        for match in OPPOSITE.finditer(chunk):
            found.append(casting_at(match, evidence, offset))
            start, end = offset + match.start("other"), offset + match.end()
            found.append(Casting(match["other"], match["char2"], evidence, start, end=end))
    if "(" in chunk and not (":" in chunk[:40] and CREDITS_LABEL.match(chunk)):
        for match in PART_AND_WORK.finditer(chunk):
            if match["char"].isupper() or not match["work"][:1].isupper():
                continue  # "Ada Vale (NEW, fans will know)": a note, not a work
            if titled_before(chunk, match.start()):
                continue  # "written by X (Brynhaul, Keelmarsh)": their other works
            start, end = offset + match.start(), offset + match.end()
            found.append(Casting(match["actor"], match["char"], evidence, start, end=end,
                                 work=match["work"]))  # fmt: skip
        found.extend(_brackets(chunk, evidence, offset))
    return found


def _brackets(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """ "Juno (Ezra Lee)" or "Ezra Lee (Juno)". A list keeps one order: where two or more
    brackets hold a one-word part after a full name and none holds a name after a one-word
    part, "Ada Vale (Mira Holt)" in the same sentence is an actor then her part too."""
    found: list[Casting] = []
    matches = {p: unplaced(chunk, p, part_first=p is PAREN) for p in (PAREN, PAREN_REVERSED)}
    outer_part = [m for m in matches[PAREN] if " " not in m["char"]]
    actor_first = len(matches[PAREN_REVERSED]) >= _LIST_ORDER and not outer_part
    for pattern, found_here in matches.items():
        for match in found_here:
            if titled_before(chunk, match.start()) or sited(match["char"], match["actor"]):
                continue  # "written by X (Brynhaul)": a credit; "X (TikTok): ...": a site
            if noted(match["char"], match["actor"]):
                continue  # "Lumen (Original Score)": the album's note, no one's name
            if _quoted(chunk, match.start(), match.end()):
                continue  # "the “Lumen (Night Mix)” singalong": a song's or episode's title
            outer = match["actor"] if pattern is PAREN_REVERSED else match["char"]
            after = match.end()
            if " " in outer and CAST_AFTER.match(chunk, after) and not as_clause_on(chunk, after):
                continue  # the verb's own form finds the part
            if surname_before_play(outer, match, chunk):
                continue  # "Vale (Lumen) will play Mira": the bracket an earlier work
            casting = replace(casting_at(match, evidence, offset, flexible=True), outer=outer)
            outer_first = pattern is PAREN_REVERSED
            named = not outer_first and " " in match["actor"]  # "(Mira Holt)", not "(Vale)"
            joined = _NEXT_PAIR.match(chunk, after)
            did = _DID_AFTER.match(chunk, joined.end() if joined else after)
            if did or (actor_first and named):
                # "Søren Lund (Cal Brindley) brought his mum": the outer name did it.
                actor, char = (match["actor"], match["char"])
                if not outer_first:
                    actor, char = char, actor
                casting = replace(casting, actor=actor, character=char, flexible=False)
            found.append(casting)
    return found


_OPENING_QUOTES = ("“", '"', "‘")
_CLOSING_QUOTES = ("”", '"', "’")


def _quoted(chunk: str, start: int, end: int) -> bool:
    """Whether the bracket pair is the whole of a quotation: a title, never a casting."""
    return (
        start > 0
        and chunk[start - 1] in _OPENING_QUOTES
        and chunk[end : end + 1] in _CLOSING_QUOTES
    )


def casting_at(
    match: re.Match[str], evidence: str, offset: int, *, flexible: bool = False
) -> Casting:
    start, end = offset + match.start(), offset + match.end()
    return Casting(match["actor"], match["char"], evidence, start, flexible=flexible, end=end)


_NICKNAME_RE = lazy_pattern(_NICKNAME)


def without_nickname(name: str) -> str:
    """ "Dev “Devvy” Sandhar" is Dev Sandhar."""
    return _NICKNAME_RE.sub("", name)
