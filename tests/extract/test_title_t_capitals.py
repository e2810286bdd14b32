"""A title a press release prints only in capitals ("will be titled WREN HOLLOW FOREVER") is
held: a reader writes a title in its own case, which the capitals do not tell. Where the article
also writes it in normal case, that spelling is served."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts, served_releases

_LEDE = "Streamly has named the film that closes the Wren Hollow series."


def test_a_title_only_in_capitals_is_held_not_served() -> None:
    body = "LONDON — Streamly today revealed that the film will be titled WREN HOLLOW FOREVER."
    found = facts(_LEDE, body, date="2026-06-18", title="Press release")
    held = [r for r in found.release if r.kind is ReleaseKind.TITLE]
    assert [r.title for r in held] == ["WREN HOLLOW FOREVER"]
    assert not any(r.served for r in held)
    assert not [r for r in found.release if r.served and r.kind is ReleaseKind.TITLE]


def test_a_title_in_capitals_also_written_in_normal_case_is_served_so() -> None:
    body = (
        "LONDON — Streamly today revealed that the film will be titled WREN HOLLOW FOREVER."
        " Wren Hollow Forever reunites the cast."
    )
    found = served_releases(_LEDE, body, date="2026-06-18", title="Press release")
    assert {r.title for r in found if r.title} == {"Wren Hollow Forever"}
