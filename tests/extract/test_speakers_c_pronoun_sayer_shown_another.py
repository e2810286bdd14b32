"""Quotes on invented text: a bare "she says" never lands on the person the sentence before
names when that sentence shows them as someone the sayer speaks of: the object of the
sayer's own "Her debut ... starred X"."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.speaker_pronoun_others import pronoun_others_unsaid
from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import article, facts

_LEDE = "Mirren Tallow-Ash has just finished cutting her second film, Copper Weir."
_TITLE = "Mirren Tallow-Ash: ‘I wanted a film that creaks’"
_OPEN = (
    "Mirren Tallow-Ash shot Copper Weir over five weeks in a Shropshire mill. "
    "“Every floorboard had an opinion,” Tallow-Ash says."
)


def _speakers(*paragraphs: str) -> dict[str, str]:
    found = facts(_LEDE, _OPEN, *paragraphs, date="2026-03-02", title=_TITLE)
    return {q.text[:14]: q.speaker for q in found.quotes if q.served}


def _checked(before: str, pronoun: str) -> list[str]:
    """The speakers left after the check, of two quotes the resolver gave the named actor."""
    text = f"{before} This one is darker, {pronoun} says, but “never cruel”. “We laughed a lot.”"
    doc = build_doc(article(_LEDE, text, date="2026-03-02"))
    found = [
        QuoteFact("never cruel", "Osric Penhale-Dunn", SourceKind.PERSON, f"{pronoun} says"),
        QuoteFact("We laughed a lot.", "Osric Penhale-Dunn", SourceKind.PERSON, "", False, True),
    ]
    return [fact.speaker for fact in pronoun_others_unsaid(doc, found)]


def test_the_object_of_the_sayers_own_possessive_is_not_she() -> None:
    before = "Her debut, Lantern Row, starred Osric Penhale-Dunn as a lock keeper."
    assert _checked(before, "she") == ["", ""]


def test_the_object_of_another_pronouns_possessive_may_be_he() -> None:
    before = "Her debut, Lantern Row, starred Osric Penhale-Dunn as a lock keeper."
    assert _checked(before, "he") == ["Osric Penhale-Dunn", "Osric Penhale-Dunn"]


def test_a_fronted_possessive_before_the_subject_is_still_hers() -> None:
    before = "In her debut, Osric Penhale-Dunn played a lock keeper."
    assert _checked(before, "she") == ["Osric Penhale-Dunn", "Osric Penhale-Dunn"]
