"""A character's entry in a guide or wiki, for :func:`bot.extract.extract_facts`.

"Gwen Holt: Mira's mother, played by Ada Vale, appears in one scene." and "Father Amsel: the
village priest, portrayed by Hugo Lenz." The label opens its line and is a full name; the
description between it and "played by" is a plain noun phrase ("Mira's mother", "the village
priest"), so the actor is the label's, not someone the description names.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_ENTRY = lazy_pattern(
    rf"(?P<part>{NAME}):[ ](?:the|a|an|his|her|their|{NAME}[’']s)[ ][a-z][^,.;:()“”\"]{{0,50}},"
    rf"?[ ](?:played|portrayed|voiced)[ ]by[ ](?P<actor>{NAME})(?=[,.;]|$)"
)


def labelled_parts(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each "Character: description, played by Actor" line it lacks."""
    if "ed by " not in doc.body:
        return cast
    found = list(cast)
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        match = _ENTRY.match(doc.text, para.start, para.end)
        if match is None or not is_full(match["part"]):
            continue
        actor = people.resolve(match["actor"])
        if actor is None or not is_full(actor) or people.knows(match["part"]):
            continue
        if not any((f.actor, f.character) == (actor, match["part"]) for f in found):
            people.add(actor)
            evidence = doc.text[para.start : doc.sentence_at(para.start).end]
            found.append(CastFact(actor, match["part"], evidence))
    return found
