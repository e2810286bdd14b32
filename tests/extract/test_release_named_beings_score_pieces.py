"""A piece of the score named in reported speech ("She says the main theme is called “Fen
Song”") is not the work's title; "She says the film is called X" still names the work.
Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-07-07", title="Live: a premiere night by the sea")
    return {str(r.title) for r in found.release if r.served and r.kind.value == "title"}


def test_a_theme_named_in_reported_speech_is_no_title() -> None:
    titles = _titles(
        "Composer Ysolde Prane wrote the music for the drama.",
        "She says the main theme is called “Fen Song”.",
    )
    assert "Fen Song" not in titles


def test_the_work_named_in_reported_speech_stays_a_title() -> None:
    titles = _titles(
        "Composer Ysolde Prane wrote the music for the drama.",
        "She says the film is called Corrow Bay.",
    )
    assert titles == {"Corrow Bay"}
