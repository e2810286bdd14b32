"""Castings paired in order: "A and B will play X and Y", "A and B, who play siblings X and
Y", "A and 18-year-old B have been cast as X, a ..., and Y, a ..., respectively".
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castcoordinated import CASTING_WORD
from bot.extract.castdashedpairs import dashed_pairs
from bot.extract.castforms import CHAR as _CHAR
from bot.extract.castforms import Casting
from bot.extract.castisruns import reads_as_part
from bot.extract.castkinnames import kin_surnames
from bot.extract.castleavers import DEPARTED
from bot.extract.cues import hint, scan
from bot.extract.names import FULL_NAME, LIST_SPLIT, NAME, TOKEN
from bot.extract.people import clean_name, is_full
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern, matched_by

_AGE = r"(?:(?:newcomer|\d{1,2}-year-old|[a-z]+-born|[A-Z][a-z]+-born)[ ](?:actor[ ])?)?"
"""Words before a later name in a list of actors: "and 18-year-old X", "and newcomer Y"."""
_BRACKET_NOTE = r"[ ]\([^(),]{1,40}\)"
_AGE_NOTE = r",[ ](?:now[ ]|aged[ ])?\d{1,2}"
_NOTE_BODY = rf"{_BRACKET_NOTE}|{_AGE_NOTE}(?=,)"
_NOTE = rf"(?:{_NOTE_BODY})?"
"""A note after a name in the list: "A (Lumen) and B play X and Y" (the actor's known work), or
an agency's age: "A, 21, and B, 22, return as X and Y" ("A, now 21, and B ...": the same)."""
_NOTE_RE = lazy_pattern(rf"{_BRACKET_NOTE}|{_AGE_NOTE}(?=,|$)")
"""The same notes, taken out of the matched list: here the last actor's age may end it, where
in ``_NOTE`` a comma always follows (the last actor's age is ``_LAST_AGE``)."""
_LAST_AGE = rf"(?:{_AGE_NOTE},(?=[ ][a-z]))?"
"""The last actor's age, before the verb: "... and B, 22, will return as"."""
_ACTORS = (
    rf"(?P<actors>{NAME}{_NOTE}(?:,[ ]{_AGE}{NAME}{_NOTE}){{0,8}},?[ ](?:and|&)[ ]{_AGE}{NAME}"
    rf"{_LAST_AGE})"
)
_WHOSE = r",[ ](?:whose|who[ ](?:both|were|was|have|had))[ ][^,.;:()“”\"]{1,60},"
"""A clause of the pair's own between the names and the verb: "A and B, whose casting was
announced in May, join as X and Y", "A and B, who both trained ..., are cast as X and Y"."""
_GAP_WORD = r"[ ](?!(?:and|&)[ ][A-Z])[^ .;:,]+"
"""A word between the actors and the verb; never "and" before a name: in "C plays Z, and A
and B return as X and Y" the pair is A and B, never Z and A."""
_LATE_COMMA = r"(?<=[a-z]),(?=[ ]as[ ][A-Z])"
"""The verb's comma before "as" and the parts themselves ("return, as X and Y"); never "as well
as" or "as with", which add people, not parts."""
_RESPECTIVE = lazy_pattern(
    rf"{_ACTORS}"
    rf"(?P<gap>(?:,[ ]who|,[ ]both[ ][^,.;:()]{{1,40}},"
    r"|(?P<aside>,(?=[ ]as[ ]))|(?P<back>,(?=[ ](?:back|returning)[ ]as[ ]))"
    rf"|{_WHOSE})?(?:{_GAP_WORD}){{0,6}}?(?P<late>{_LATE_COMMA})?)[ ]"
    r"(?:(?:as|play|plays|playing|portray|portraying|(?:the|their)[ ](?:roles|parts)[ ]of)[ ]"
    r"(?:(?:the|their|two)[ ](?:[a-z][\w’'-]*[ ])?[a-z][\w’'-]*,[ ]|(?:[a-z][\w’'-]*[ ]){0,3}?)"
    r"|repris(?:e|ing)[ ](?=[A-Z]))"
    rf"(?P<chars>{_CHAR}(?:,[ ]{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_CHAR})(?(aside),)"
    r"(?(back)(?:,|(?=[.!]?$)))(?(late)(?=[.!]?$))"
)
"""The parts may stand as an aside between commas: "A and B, as X and Y, are given ..."; so may
the leads a set report sees return, to the sentence's end too: "A and B, back as X and Y", and
after the verb's comma: "A and B return, as X and Y" (there to the end only: "A and B laughed,
as X and Y kiss" is a clause of its own)."""
_PART_VERB = r"(?:as|play|plays|playing|portray|portrays|portraying|repris(?:e|ing)(?=[ ][A-Z]))"
"""The verbs that give each list its parts."""
_BACK = r",[ ](?:back|returning)(?=[ ]as[ ])"
"""The leads a report sees return, set off by a comma: "A, B and C, back as X, Y and Z
respectively"."""
_RESPECTIVELY = lazy_pattern(
    rf"(?P<actors>{NAME}(?:,[ ]{_AGE}{NAME}){{0,8}},?[ ](?:and|&)[ ]{_AGE}{NAME})"
    rf"(?P<gap>(?:{_WHOSE}|,[ ]who)?(?:{_GAP_WORD}){{0,6}}?(?:,(?=[ ]as[ ])|{_BACK})?)"
    rf"[ ]{_PART_VERB}[ ]"
    rf"(?P<parts>(?:(?![ ]{_PART_VERB}[ ])[^.;]){{1,400}}?)"
    r",?[ ]respectively\b"
)
"""Parts with asides, paired by "respectively" ("as" may follow a comma: "A, B and C also return,
as X, Y and Z respectively"): "A and B have been cast as X, a ..., and Y,
a ..., respectively"; never across a second list's "as" ("A and B return as X and Y, while C
and D reprise their roles as P and Q respectively": two lists, each paired on its own)."""
_PLAYED_BY_PAIRS = lazy_pattern(
    rf"(?P<chars>{_CHAR}(?:,[ ]{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_CHAR})(?:,[ ]|[ ](?:are|were|"
    r"will[ ]be|have[ ]been)[ ])(?:still[ ]|now[ ]|again[ ]|once[ ](?:again|more)[ ])?played[ ]"
    r"(?:again[ ]|once[ ](?:again|more)[ ])?by[ ]"
    rf"(?P<actors>{NAME}(?:,[ ]{NAME}){{0,8}},?[ ](?:and|&)[ ]{NAME})"
)
"""The parts first: "Ada and Tom are still played by Vale and Joe Marsh", "the story of Ada
and Tom, played by Vale and Joe Marsh" (", played once more by": the same pairs)."""
_LATER_DESCRIBED = (
    rf"(?:the[ ])?(?:{TOKEN}[’']s[ ])?"
    r"(?:(?!(?:and|or|the|a|an|in|on|at|of|from|with|by|for|to)\b)[a-z][\w’'-]*[ ]){0,3}?"
)
"""Who a later part is, before its name: "and the ambitious mayor Y", "and Tom's sister Y" (no
preposition: "and later Y in Lumen" is no description)."""
_PART_IN_LIST = lazy_pattern(
    r"(?:^(?:[A-Z][\w-]*[’']s[ ])?(?:[a-z][\w’'-]*[ ]){0,2}"
    rf"|(?:,[ ](?:and[ ])?|[ ](?:and|&)[ ]){_LATER_DESCRIBED})"
    rf"(?P<char>{_CHAR})(?=,|$|[ ]\(|[ ](?:and|&)[ ])"
)
"""A part in a "respectively" list; the first may follow a description of all of them ("as
university newcomers X and Y respectively"), and any may follow its own ("as Tom's sister X and
the town's vicar Y respectively")."""
_DESCRIBED = (
    rf"(?:the[ ])?(?:{TOKEN}[’']s[ ])?(?:(?!(?:and|or|the|a|an)\b)[a-z][\w’'-]*[ ]){{0,3}}?"
)
"""Who a part is, before its name: "Tom's flatmate", "student union president"."""
_DESCRIBED_PAIRS = lazy_pattern(
    rf"{_ACTORS}(?:,[ ]who)?[ ](?:play|portray)[ ](?P<described>{_DESCRIBED}{_CHAR}"
    rf"(?:,[ ]{_DESCRIBED}{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_DESCRIBED}{_CHAR})"
    r"(?=[,.;:)]|$)"
)
"""Each part told with who it is: "A and B, who play Tom's flatmate X and club captain Y" (a
list that ends there; a part "in" some work may be that work's)."""
_TIME_AFTER = (
    r"(?:(?:once|yet)[ ](?:again|more)|(?:all[ ]over[ ])?again|this[ ]time(?:[ ]a?round)?"
    r"|(?:for[ ])?(?:one|a)[ ](?:last|final|more|second|third)[ ]time"
    r"|for[ ]the[ ](?:last|final|first|second|third)[ ]time)"
)
"""A time after the parts that ends their list: "once more", "yet again", "this time around",
"for one final time"."""
_ARE_PAIRS = lazy_pattern(
    rf"(?P<actors>{FULL_NAME}(?:,[ ]{FULL_NAME}){{0,8}},?[ ](?:and|&)[ ]{FULL_NAME})[ ]are[ ]"
    rf"(?P<chars>{_CHAR}(?:,[ ]{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_CHAR})(?=[,.;:!?)]|[ ][–—]|$"
    rf"|[ ]{_TIME_AFTER}\b)"
)
"""Full-named actors, then "are" and as many names, the list ending there: "A Vale and T Reed
are Mira and Gus, now ..." (a guide's line-up; "... one last time", "... again": a time ends it
too). Every name after "are" must read as a part
(:func:`reads_as_part`: "are Catholic and Protestant", "are Londoners and Mancunians" tell
the people); full names on both sides are held, as the parts may come first ("Mira Holt and
Gus Reed are A Vale and T Reed")."""
_WHO_PLAYED = lazy_pattern(
    rf"{_ACTORS},[ ]who[ ](?:have[ ]|had[ ])?(?:both[ ]|also[ ])?(?:played|portrayed)[ ]"
    rf"(?P<chars>{_CHAR}(?:,[ ]{_CHAR}){{0,8}},?[ ](?:and|&)[ ]{_CHAR})"
    r"(?=[,.;:!?]|$|[ ](?:for|since)[ ])"
)
"""The pair's own clause in the past or perfect: "A and B, who have played X and Y since 2022",
"A and B, who had played X and Y for four years, ..." (the list ends there: "in" after it may
name another work's or an earlier series' parts, so it is not read)."""
_DESCRIBED_PART = lazy_pattern(
    rf"(?:^|,[ ]|[ ](?:and|&)[ ]){_DESCRIBED}(?P<char>{_CHAR})(?=,|$|[ ](?:and|&)[ ])"
)
_AGE_RE = lazy_pattern(_AGE)
_PAST_CLAUSE = lazy_pattern(
    r",[ ]who[ ](?:[a-z]+ed|stole|won|made|broke|took|gave|became|shone|stood|held)\b"
)
_IN_WORK_AFTER = lazy_pattern(r"(?:,?[ ]respectively)?,?[ ]in[ ](?:the[ ])?[A-Z“\"‘']")
_AFTER_FINISHED_AS = lazy_pattern(r"[A-Z][\w’'-]*[ ]as[ ](?:[A-Z][\w’'-]*[ ]){0,3}$")
"""Text before a capital that ends a finished "as" item's part ("... A as X, and C and D as P and
Q"): a name there is the part, never an actor of the pair after it."""
_AFTER_AS = lazy_pattern(r"(?<![Ss]uch)(?<!well)[ ]as[ ](?:[A-Z][\w’'-]*[ ]){0,3}$")
"""Text before a name that "as" makes a part: "A is back as X and B as Y, and C ..." (X is
A's part, never the first actor of a pair "X and B as Y and C"); "such as A and B" lists actors."""
_WHO_PLAY = lazy_pattern(rf"{NAME}[ ](?:and|&)[ ]{NAME},[ ]who[ ](?:play|portray)[ ]")
"""A pair told as actors by its own clause, even after a conjunction's "as": "fans waited as A
and B, who play X and Y, filmed" (a part cannot play a part)."""
_NEXT_ITEM = lazy_pattern(rf"{CASTING_WORD}(?:the[ ](?:role|part)[ ]of[ ])?[A-Z]")
"""A casting verb and a name right after a list of parts: "A plays X, and B stars as Y and C as
Z" (the gapped item "C as Z" ends it), so "Y and C" is no list of parts and "X, and B" no
list of actors: each item is read on its own."""
_PAIR_HINT = hint(" as ", " play", " portray", " repris", " roles of ", " parts of ", " are ")


def _respective(chunk: str, lower: str, starts: list[int]) -> list[re.Match[str]]:
    if (" and " not in chunk and "&" not in chunk) or not _PAIR_HINT.search(lower):
        return []
    if " played " in lower and " by " in lower:
        found = list(scan(_PLAYED_BY_PAIRS, chunk, starts))
        if found:
            return found
    if " as " in lower:
        starts = [
            s
            for s in starts
            if chunk.find(" as ", max(0, s - 80), s) < 0  # the word both "as" patterns need
            or _WHO_PLAY.match(chunk, s)
            or (
                not _AFTER_FINISHED_AS.search(chunk, max(0, s - 80), s)
                and not _AFTER_AS.search(chunk, max(0, s - 60), s)
            )
        ]
    if "respectively" in lower:
        found = list(scan(_RESPECTIVELY, chunk, starts))
        if found:
            # a plain pair before the "respectively" list is its own list, and so is one
            # after it ("A and B return as X and Y respectively, with C and D back as V and W")
            before = [s for s in starts if s < found[0].start()]
            after = [s for s in starts if s >= found[-1].end()]
            return (
                [m for m in scan(_RESPECTIVE, chunk, before) if m.end() <= found[0].start()]
                + found
                + list(scan(_RESPECTIVE, chunk, after))
            )
    found = list(scan(_RESPECTIVE, chunk, starts)) or list(scan(_DESCRIBED_PAIRS, chunk, starts))
    if not found and ", who " in lower:
        found = list(scan(_WHO_PLAYED, chunk, starts))
    if found or " are " not in lower:
        return found
    return [m for m in scan(_ARE_PAIRS, chunk, starts) if all(map(reads_as_part, _parts_of(m)))]


def _parts_of(match: re.Match[str]) -> list[str]:
    if "described" in match.re.groupindex:
        return [m["char"] for m in _DESCRIBED_PART.finditer(match["described"])]
    if "parts" not in match.re.groupindex:
        return [c for c in LIST_SPLIT.split(match["chars"]) if c]
    return [m["char"] for m in _PART_IN_LIST.finditer(match["parts"])]


_PAIRED_BRACKETS = lazy_pattern(
    rf"(?P<outer>{NAME}[ ](?:and|&)[ ]{NAME})[ ]\((?P<inner>{NAME}[ ](?:and|&)[ ]{NAME})"
    r"(?:,?[ ]respectively)?\)"
)
"""Two names, then two in brackets, paired in order: "Mira Holt and Bea Holt (Ada Vale and
Tom Vale)"; which side is the actors is settled as for one bracketed pair: first names alone
in the bracket after full names are parts, as in "Ada Vale (Mira)" ("Ada Vale and Tom Reed
(Mira and Bea)"), and "respectively" may close the bracket."""


def paired_brackets(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each pair of a "A and B (C and D)" list, either way round."""
    if "(" not in chunk or (" and " not in chunk and "&" not in chunk):
        return []
    found: list[Casting] = []
    for match in _PAIRED_BRACKETS.finditer(chunk):
        outers = [n for n in LIST_SPLIT.split(match["outer"]) if n]
        inners = [n for n in LIST_SPLIT.split(match["inner"]) if n]
        if len(outers) != len(inners) or not all(clean_name(n) for n in inners + outers):
            continue
        start, end = offset + match.start(), offset + match.end()
        for o, i in zip(outers, inners, strict=True):
            casting = Casting(i, o, evidence, start, flexible=True, end=end, outer=o)
            if _first_names_only(inners) and _full_names_only(outers):
                casting = replace(casting, actor=o, character=i)  # as "Ada Vale (Mira)"
            found.append(casting)
    return found


def _first_names_only(names: list[str]) -> bool:
    return all(" " not in name for name in names)


def _full_names_only(names: list[str]) -> bool:
    return all(is_full(clean_name(name)) for name in names)


def respective(
    chunk: str, lower: str, starts: list[int], evidence: str, offset: int
) -> list[Casting]:
    """The pairs a sentence states in order (each spans the whole list it came from); a pair
    of past parts in another work comes back as one casting with no names. Bracketed or dashed
    pairs ("Mira and Pip (A and B)", "A and B – Mira and Pip –") and a list's pairs elsewhere in
    the sentence ("A and B are back as X and Y") are all read."""
    found = [
        *paired_brackets(chunk, evidence, offset),
        *dashed_pairs(chunk, starts, evidence, offset),
    ]
    bracketed = [(c.start, c.end) for c in found]
    for match in _respective(chunk, lower, starts):
        if any(offset + match.start() < e and s < offset + match.end() for s, e in bracketed):
            continue  # the bracketed pairs own that stretch
        if "chars" in match.re.groupindex and _NEXT_ITEM.match(chunk, match.end()):
            continue  # "B as Y and C as Z": the last "part" is the next item's actor
        gap = match["gap"] if "gap" in match.re.groupindex else ""
        if _PAST_CLAUSE.match(gap) and _IN_WORK_AFTER.match(chunk, match.end()):
            # "A and B, who stole scenes as X and Y in Z, ...": parts in Z, before; the
            # stretch is claimed so no other form reads a casting in it.
            found.append(
                Casting("", "", evidence, offset + match.start(), end=offset + match.end())
            )
            continue
        listed = match["actors"].rstrip(",")
        listed = _NOTE_RE.sub("", listed) if "(" in listed or ", " in listed else listed
        actors = [_AGE_RE.sub("", a) for a in LIST_SPLIT.split(listed) if a]
        chars = kin_surnames(_parts_of(match), chunk, match)
        first = match.start()
        if len(actors) > len(chars) >= 2:
            # "Owen Gallagher as Amos Tull, Priya Lark and Naomi Vale as Edith and Vera": the
            # names before the last ones belong to the item before.
            actors = actors[len(actors) - len(chars) :]
            first = chunk.find(actors[0], match.start())
        if matched_by(match, _RESPECTIVELY) and len(actors) < len(chars):
            # a "respectively" list with more parts than actors cannot be paired: held whole
            found.append(
                Casting("", "", evidence, offset + match.start(), end=offset + match.end())
            )
            continue
        if len(actors) == len(chars) and all(clean_name(a) for a in actors):
            start, end = offset + first, offset + match.end()
            unsure = matched_by(match, _ARE_PAIRS) and all(" " in c for c in _parts_of(match))
            status = CastStatus.CURRENT
            if matched_by(match, _WHO_PLAYED) and DEPARTED.search(chunk, match.end()):
                status = CastStatus.FORMER  # "A and B, who played X and Y, have left"
            found.extend(
                Casting(a, c, evidence, start, status, end=end, unsure=unsure)
                for a, c in zip(actors, chars, strict=True)
            )
    return found
