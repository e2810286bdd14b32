"""The person a pronoun-led credit names, for :func:`bot.extract.crew.find_crew`: "She scored
the first series" credits the person the sentence before is about."""

from __future__ import annotations

from bot.extract.names import People, clean_name
from bot.extract.subjects import clause_subjects
from bot.extract.text import Doc

PRONOUN_SUBJECTS = frozenset({"She", "He", "They"})


def previous_subject(doc: Doc, people: People, start: int) -> str | None:
    """The person the sentence before ``start`` is about (its first clause subject, named)."""
    before = [s for s in doc.sentences if s.end <= start and s.para != doc.title_para]
    if not before:
        return None
    sentence = before[-1]
    subjects = clause_subjects(doc.masked[sentence.start : sentence.end])
    if not subjects:
        return None
    name = clean_name(subjects[0][1])
    if not name or not name[:1].isupper():
        return None
    return people.resolve(name) or people.expand(name)
