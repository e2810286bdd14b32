"""The person a pronoun-led credit names, for :func:`bot.extract.crew.find_crew`: "She scored
the first series" credits the person the sentence before is about."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.people import People, clean_name
from bot.extract.subjects import clause_subjects
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

PRONOUN_SUBJECTS = frozenset({"She", "He", "They"})
_NAME = lazy_pattern(NAME)
_SPEAKER_LABEL = lazy_pattern(rf"^[ ]*{NAME}:[ ]")
"""A transcript's speaker label before the answer: "Vale: " (the speaker, not what it tells of)."""
_THE_WORK = lazy_pattern(
    r"^(?:The|Its|Her|His|Their)[ ](?:film|feature|series|show)[ ](?:is|was)[ ]"
)


def previous_subject(doc: Doc, people: People, start: int) -> str | None:
    """The person the sentence before ``start`` is about (its first clause subject, named)."""
    before = [s for s in doc.sentences if s.end <= start and s.para != doc.title_para]
    if not before:
        return None
    sentence = before[-1]
    masked = doc.masked[sentence.start : sentence.end]
    label = _SPEAKER_LABEL.match(masked)
    # "Vale: She was there every day.": the answer's speaker is no subject of the sentence
    subjects = clause_subjects(masked[label.end() :] if label else masked)
    if not subjects:
        return None
    named = [_person(clean_name(subject), people) for _, subject in subjects]
    if named[0] is not None:
        return named[0]
    # "There is ..., and X wanted ...": the person, when the sentence names no one else.
    text = doc.masked[sentence.start : sentence.end]
    persons = {_person(m.group(), people) for m in _NAME.finditer(text)} - {None}
    later = {name for name in named[1:] if name is not None}
    if len(later) == 1 and later == persons:
        return later.pop()
    # "The film is the second feature of director X. She also wrote ...": the work's maker, the
    # one person a sentence about the work names.
    work = _THE_WORK.match(text.lstrip()) is not None
    return persons.pop() if work and not later and len(persons) == 1 else None


def _person(name: str, people: People) -> str | None:
    """The person a clause subject names, if it names one."""
    if not name or not name[:1].isupper():
        return None
    return people.resolve(name) or people.expand(name)
