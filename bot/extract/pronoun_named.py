"""Who a pronoun stands for when its sentence before names one person without making them a
clause's subject: the person a question names, a newcomer named right before the quote, or the
one person named before the same pronoun (see :func:`sole_named`)."""

from __future__ import annotations

import re

from bot.extract.descriptions import named_in, unlabelled
from bot.extract.maker_mentions import named_as_maker
from bot.extract.owner_mentions import only_owner, passing_owner
from bot.extract.people import People, is_full
from bot.extract.pronoun_objects import acts_on, subject_acts_on
from bot.extract.speaker_aged_strangers import IRREGULAR_PAST
from bot.extract.text import Doc, Span
from bot.lazy_patterns import cached_pattern


def sole_named(
    doc: Doc, people: People, sentence: Span, *, latest: bool, pronoun: str = ""
) -> str | None:
    """The one person a sentence before a pronoun's quote names without making them its subject
    (the caller found none), when that makes them who the pronoun stands for: a question
    naming them ("Did you talk to Hollie-Mae?": she, after), or, in the sentence right before
    the quote (``latest``), a newcomer named there for the first time ("Much of its sound comes
    from the composer Ida Berg, whose score ... “...,” she says."), not an older subject; or the
    one person named before the same ``pronoun`` in a sentence whose clauses open with no
    pronoun ("The first thing you notice about Ida Berg is that she never sits down."); never
    one named only as an owner in a paragraph about someone else."""
    chunk = doc.masked[sentence.start : sentence.end]
    question = chunk.rstrip().endswith("?")
    again = _PRONOUN_WORD.get(pronoun)
    if not (question or latest or again):
        return None
    named = named_in(people, chunk)
    if len(named) != 1:
        return None
    name = named.pop()
    if question:
        return name
    at = chunk.find(name)
    if at >= 0 and subject_acts_on(chunk, at, name, pronoun):
        return None  # "Producer Ada Vale asked him for more. “...,” he says.": not Vale
    if again is not None and again.search(chunk) and passing_owner(doc, people, sentence, name):
        return None  # "Berg hates it. Every review of T, Reed's drama, ...: she winces"
    if again is not None and _names_then(again, chunk, name):
        return name
    if latest and _clause_subject(chunk, name):
        return name  # "..., which meant Vale was chasing the light.": the clause is hers
    if again is not None and at > 0 and again.search(chunk, 0, at) is not None:
        return None  # "which she shoots under director Ida Berg": "she" was someone already
    if not latest or not is_full(name):
        return None
    if doc.paras[sentence.para].start < sentence.start and named_as_maker(chunk, name):
        return None  # "She is candid. The show, made under director Tom Reed, ...": still she
    if only_owner(chunk, name):
        return None  # "The tape went through casting director Ida Berg's office.": not hers
    first = doc.text.find(name)  # a newcomer: named here for the first time
    return name if sentence.start <= first < sentence.end else None


_FINITE = r"[ ](?:was|were|is|are|had|has|would|could|will|kept)[ ][a-z]"


def _clause_subject(chunk: str, name: str) -> bool:
    """``name`` opens a clause of its own inside the sentence, after the verb that governs it
    ("which meant Vale was chasing", "so Penwick had to learn") or by a thing of theirs after a
    conjunction ("and Vale’s name is expected"), not as anyone's object."""
    surname = re.escape(name.rsplit(maxsplit=1)[-1])
    if cached_pattern(rf"\b(?:and|but|while)[ ]{surname}[’']s[ ][a-z]+{_FINITE}").search(chunk):
        return True  # "..., and Vale’s name is expected among them": a clause about her thing
    if cached_pattern(rf"\bthat[ ](?:[A-Z][\w’'-]+[ ])?{surname}[ ][a-z]+(?:s|ed)[ ]").search(
        chunk
    ):
        return True  # "rumours, ..., that Vale wants to play a villain": the that-clause is hers
    if (
        cached_pattern(rf"\b[a-z]+[ ](?:[A-Z][\w’'-]+[ ])?{surname}{_FINITE}").search(chunk)
        is not None
    ):
        return True
    # "a piano Vale found in a church hall": a thing's own clause, with her as its subject
    past = rf"(?:[a-z]+ed|{IRREGULAR_PAST})"
    return (
        cached_pattern(rf"\b[a-z]{{3,}}[ ]{surname}[ ]{past}[ ](?:in|at|on|for)\b").search(chunk)
        is not None
    )


_PRONOUN_WORD = {word: re.compile(rf"\b{word}\b", re.IGNORECASE) for word in ("he", "she", "they")}
_OPENS_WITH_PRONOUN = frozenset({"he", "she", "they", "He", "She", "They"})


def _names_then(pronoun: re.Pattern[str], chunk: str, name: str) -> bool:
    """The sentence names ``name`` and uses the pronoun after it, with no clause of its own
    opening with a pronoun (in "Asked about Ida Berg, she laughed" she is someone else)."""
    if any(raw in _OPENS_WITH_PRONOUN for _, raw in unlabelled(chunk)):
        return False
    surname = name.rsplit(maxsplit=1)[-1]
    at = chunk.find(surname)
    then = pronoun.search(chunk, at + len(surname)) if at >= 0 else None
    return then is not None and not acts_on(chunk[at : then.start()], then.group())
