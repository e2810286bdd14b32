"""Quotes on invented text: two capitalised words the text only sets between a determiner and
a noun ("a cosy North Tarrow cafe", "the six-part Vellum Prime thriller") are a place or a
label, never a speaker; a person so named who also speaks by surname keeps the words."""

from __future__ import annotations

from bot.extract.doc_build import build_doc
from bot.extract.speaker_modifier_names import modifier_names_unsaid
from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import article

_WORDS = "“Ask the gulls,” she says."


def _speaker(body: str, name: str) -> str:
    doc = build_doc(article("Saskia Dromgoole-Rae on her new series.", body, date="2026-05-01"))
    found = [QuoteFact("Ask the gulls,", name, SourceKind.PERSON, "she says")]
    return modifier_names_unsaid(doc, found)[0].speaker


def test_a_place_before_a_noun_is_no_speaker() -> None:
    body = f"We meet in a cosy North Tarrow cafe. {_WORDS}"
    assert _speaker(body, "North Tarrow") == ""


def test_a_label_before_a_noun_is_no_speaker() -> None:
    body = f"It is the six-part Vellum Prime thriller everyone is talking about. {_WORDS}"
    assert _speaker(body, "Vellum Prime") == ""


def test_a_person_who_speaks_by_surname_keeps_the_words() -> None:
    body = f"It is the new Ivo Marrable thriller. Marrable said it was hard work. {_WORDS}"
    assert _speaker(body, "Ivo Marrable") == "Ivo Marrable"


def test_a_person_named_as_subject_keeps_the_words() -> None:
    body = f"Ivo Marrable wrote the new thriller. {_WORDS}"
    assert _speaker(body, "Ivo Marrable") == "Ivo Marrable"
