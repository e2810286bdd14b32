"""Facts in a few words for moderators: every kind, release statements as fans read them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.lookups import FactLine, ReleaseStatement
from bot.corrections import FactId, FactKind
from bot.facts import ReleaseKind
from bot.render.embeds import DiscordStyle
from bot.render.fact_lines import line
from bot.render.text import TextStyle


def _release(statement: ReleaseStatement, detail: str) -> FactLine:
    return FactLine(FactId(FactKind.RELEASE, 3), statement.kind.value, detail, statement)


@pytest.mark.parametrize(
    ("fact", "words"),
    [
        (
            FactLine(FactId(FactKind.CAST, 1), "Ezra Lockwood", "Ida Vallance"),
            "Ezra Lockwood as Ida Vallance",
        ),
        (
            FactLine(FactId(FactKind.CREW, 2), "Mira Sol", "executive_producer"),
            "Mira Sol, executive producer",
        ),
        (
            FactLine(FactId(FactKind.QUOTE, 4), "We start in May", ""),
            "“We start in May” — nobody named",
        ),
        (
            _release(
                ReleaseStatement(ReleaseKind.WINDOW, period="2026", hedged=True),
                "2026 (not certain)",
            ),
            "Release hoped for in 2026",
        ),
        (
            _release(
                ReleaseStatement(ReleaseKind.FILMING_STARTED, dt.date(2025, 9, 1)), "2025-09-01"
            ),
            "Filming started on 1 September 2025",
        ),
        (
            _release(ReleaseStatement(ReleaseKind.NOT_ANNOUNCED), ""),
            "No release date announced yet",
        ),
    ],
)
def test_each_kind_of_fact_in_words(fact: FactLine, words: str) -> None:
    assert line(fact, TextStyle()) == words


def test_stored_text_is_never_markup_in_an_embed() -> None:
    quote = FactLine(FactId(FactKind.QUOTE, 4), "**so** proud", "Ada_Quill")
    words = line(quote, DiscordStyle())
    assert "**so**" not in words and words.startswith("“\\*\\*so\\*\\* proud”")
