"""A studio named with its company word first ("Studio Vantor said") is a company, never a
person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_studio_named_first_is_an_organisation() -> None:
    found = facts(
        "Weekend box office: The Copper Lantern held first place with £2m.",
        "Studio Vantor said the result was “better than we dared hope”.",
    )
    assert [(q.speaker, q.source) for q in found.quotes] == [
        ("Studio Vantor", SourceKind.ORGANISATION)
    ]
