"""Release: a headline's two-word name whose last word the article also quotes on its own (a
song called by that word, a word the director muses on: "the “Evermore” track", "“Evermore,” he
says") is still the page's own title; that last word used bare, as a surname ("Evermore said"),
still makes the name a person's. "X dropped on Netflix" tells X as a screen work. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(*paragraphs: str) -> set[str | None]:
    found = facts(
        "Talk about Lantern Evermore here, now on Netflix. Spoilers below the line.",
        *paragraphs,
        date="2026-04-17",
        title="Lantern Evermore – Official Release Day Thread [SPOILERS]",
    )
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


_OPENING = "Hello, everyone! Lantern Evermore dropped on Netflix at 8am today."


def test_the_last_word_quoted_alone_keeps_the_title() -> None:
    for line in (
        "Is the “Evermore” track from the final scene out yet?",
        "“Evermore,” the director told us, “is a big promise.”",
    ):
        assert _titles(_OPENING, line) == {"Lantern Evermore"}, line


def test_the_last_word_used_bare_as_a_surname_gives_none() -> None:
    assert not _titles(_OPENING, "Evermore said the final scene took a week to shoot.")
