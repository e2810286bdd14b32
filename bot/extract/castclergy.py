"""A part's short church title, for :func:`bot.extract.castchecks.checked_cast`.

An article may write a vicar's part with the title's short form before the full name: "Mara
Quill plays the Rev Oswin Tull", "will star as the Revd Marla Finch". The corpus names such a
part by the person alone ("Oswin Tull"), so the short title is left off a part of a first name
and a surname; before a surname alone it stays part of the name ("Rev Pendlebury").
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import CastFact

_SHORT_TITLES = frozenset({"Rev", "Revd"})


def _untitled(fact: CastFact) -> CastFact:
    title, _, rest = fact.character.partition(" ")
    return replace(fact, character=rest) if title in _SHORT_TITLES and " " in rest else fact


def untitled_clergy(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with the short church title left off each part of two more words, and a
    casting so renamed dropped when the same actor already has the untitled part."""
    kept = {(f.actor, f.character, f.served) for f in cast}
    out: list[CastFact] = []
    for fact in cast:
        untitled = _untitled(fact)
        key = (untitled.actor, untitled.character, untitled.served)
        if untitled is fact:
            out.append(fact)
        elif key not in kept:
            kept.add(key)
            out.append(untitled)
    return out
