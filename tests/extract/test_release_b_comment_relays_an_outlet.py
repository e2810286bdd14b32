"""A thread commenter passing on an outlet's shoot dates ("... according to the Courier") gives a
relayed report, served hedged; a commenter citing the makers' press pack, or the same sentence
in an article's own text, stays plain. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_THREAD = (
    "Episode discussion thread for the first episode of Stonewake.",
    "u/harbourgull · 812 points",
    "Loved the lighthouse scene. Brilliant opener.",
    "u/kelpforest_99 · 301 points",
)


def _starts(*paragraphs: str) -> set[tuple[str, bool]]:
    found = facts(*paragraphs, date="2026-11-08")
    return {
        (str(r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value == "filming_started"
    }


def test_a_comment_relaying_an_outlet_is_hedged() -> None:
    assert _starts(
        *_THREAD,
        "Stonewake started shooting in April 2025 and wrapped that July according to the Courier.",
    ) == {("2025-04", True)}


def test_a_comment_citing_the_press_pack_stays_plain() -> None:
    assert _starts(
        *_THREAD,
        "Stonewake started shooting in April 2025 and wrapped that July according to the press"
        " pack.",
    ) == {("2025-04", False)}


def test_an_articles_own_text_stays_plain() -> None:
    assert _starts(
        "Stonewake, the new coastal drama, begins on Sunday.",
        "Stonewake started shooting in April 2025 and wrapped that July according to the Courier.",
    ) == {("2025-04", False)}
