"""Quotes on invented text: "Someone behind us whispered “...”" is an unnamed source's words,
never the name in the sentence before; a "someone" the sentence tells by no place still is too,
and a named speaker after it keeps the words."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEDE = "Live from the harbour festival's opening night screening of Tern Rock."


def _first(paragraph: str) -> tuple[str, SourceKind]:
    found = facts(_LEDE, paragraph, title="Tern Rock: live").quotes
    return found[0].speaker, found[0].source


def test_someone_placed_beside_the_writer_is_unnamed() -> None:
    speaker, source = _first(
        "19:10 — Pell Marsh has taken his seat. Someone next to me whispered “best film of "
        "the year, easily”."
    )
    assert source is SourceKind.UNNAMED
    assert speaker != "Pell Marsh"


def test_someone_placed_in_the_queue_is_unnamed() -> None:
    _speaker, source = _first(
        "19:10 — Pell Marsh has taken his seat. Somebody in the queue said “best film of the "
        "year, easily”."
    )
    assert source is SourceKind.UNNAMED


def test_a_named_speaker_keeps_the_words() -> None:
    speaker, source = _first(
        "19:10 — The crowd is in. Pell Marsh said “best film of the year, easily” on his way in."
    )
    assert (speaker, source) == ("Pell Marsh", SourceKind.PERSON)
