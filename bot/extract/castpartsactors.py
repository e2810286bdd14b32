"""A part's actor named after the part's possessive, for :mod:`bot.extract.cast`.

Fan pages and round-ups name an actor through the part: "Mira's actor, Ada Vale, is doing a
signing", "Mira and Tom's actors Ada Vale and Kai Lund posted selfies". The actor's full name
must follow the noun straight away (with a comma or without): "Mira's actor has not been
confirmed" or "Mira's actor, for the record, said" names no one. Two parts take two actors, in
order. A possessive that names a work ("Lumen's actor Ada Vale") is no part. Invented examples;
the article is ruled out by a substring test before any pattern runs.

A part has one actor, so a lone part's actor is set off by commas ("Mira's actor, Ada Vale,");
without them the words read as one of many ("Larkfield's actress Ada Vale": a soap's, a town's):
held. A possessive that ends a longer run of capitals ("Director Jo Reyes's actor", "The Post's
actress") is a person's or an outlet's, never a part.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import Casting
from bot.extract.names import FULL_NAME
from bot.extract.text import Doc
from bot.extract.works import names_a_work
from bot.lazy_patterns import lazy_pattern

_PART = r"(?!The[ ])[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?"
_ONE = lazy_pattern(
    rf"(?<![\w’'-])(?P<char>{_PART})[’']s[ ](?:actor|actress)(?P<comma>,)?[ ]"
    rf"(?P<actor>{FULL_NAME})(?![\w’'-])"
)
""""Mira's actor, Ada Vale": one part, one actor."""
_TWO = lazy_pattern(
    rf"(?<![\w’'-])(?P<char>{_PART})[ ](?:and|&)[ ](?P<char2>{_PART})[’']s[ ]"
    rf"(?:actors|actresses),?[ ](?P<actor>{FULL_NAME})[ ](?:and|&)[ ](?P<actor2>{FULL_NAME})"
    r"(?![\w’'-])"
)
""""Mira and Tom's actors Ada Vale and Kai Lund": two parts, their actors in the same order."""
_CAPITAL_BEFORE = lazy_pattern(r"[A-Z][\w’'.-]*[ ]$")
"""A capitalised word right before the part: the part would be a longer name's tail."""
_SET_OFF_END = lazy_pattern(r"[,;.!?)]|[ ][-–—]|$")
"""Where an actor set off after "Mira's actor, " ends: the part's one actor, in apposition."""
_CUES = ("s actor ", "s actor, ", "s actress", "s actors ", "s actors, ")


def part_named_actors(doc: Doc) -> list[Casting]:
    """Each actor named right after their part's possessive "actor"."""
    text = doc.text
    if not any(f"{mark}{cue}" in text for mark in "’'" for cue in _CUES):
        return []
    found: list[Casting] = []
    for view in doc.views:
        chunk = view.chunk
        if "s actor" not in chunk and "s actress" not in chunk:
            continue
        evidence = text[view.span.start : view.span.end].strip()
        at = view.span.start
        for match in _TWO.finditer(chunk):
            for char, actor in (("char", "actor"), ("char2", "actor2")):
                found.append(_casting(match[actor], match[char], evidence, at + match.start(char)))
        for match in _ONE.finditer(chunk):
            casting = _casting(match["actor"], match["char"], evidence, at + match.start("char"))
            set_off = match["comma"] and _SET_OFF_END.match(chunk, match.end())
            found.append(casting if set_off else replace(casting, unsure=True))
    return [
        c
        for c in found
        if not names_a_work(c.character, text, loosely=False)
        and not _CAPITAL_BEFORE.search(text, max(c.start - 40, 0), c.start)
    ]


def _casting(actor: str, part: str, evidence: str, start: int) -> Casting:
    return Casting(actor, part, evidence, start, end=start + len(part))
