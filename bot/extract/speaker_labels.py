"""An interview answer's label ("Ada Quinn:", "Quinn:", "AQ:") read as the person it names, for
:class:`bot.extract.speakers.Resolver`: a label is a person the article names, or no one."""

from __future__ import annotations

from bot.extract.descriptions import initials
from bot.extract.people import People, is_full
from bot.extract.speaker_antecedents import Speaker
from bot.facts import SourceKind


def known_label(people: People, label: str) -> Speaker | None:
    """A label that names a person the article already knows (registering no one)."""
    name = people.resolve(label, first_name=True)
    if name is None or not people.knows(name):
        return None
    return Speaker(name, SourceKind.PERSON, f"{label}:")


def person_label(people: People, label: str) -> Speaker | None:
    """A label naming a person in full, by name or initials, who is then registered; capitals
    alone leave the spelling unsure, so no one."""
    name = people.resolve(label, first_name=True) or people.expand(label)
    if name is None and label.isupper():
        matches = [n for n in people.ordered() if initials(n) == label]
        name = matches[0] if len(matches) == 1 else None
    if name is None or not is_full(name) or name.isupper():
        return None
    people.add(name)
    return Speaker(name, SourceKind.PERSON, f"{label}:")
