"""Release hedges on invented text: a date wished for ("I'd love it out next year") is hedged,
one stated is not."""

from __future__ import annotations

from tests.extract.helpers import facts


def _window(sentence: str) -> set[tuple[str, bool]]:
    found = facts(
        "Director Oona Vale talks to us about finishing Tarn Key.",
        "Is it nearly done?",
        sentence,
        date="2025-10-02",
        title="Oona Vale on Tarn Key",
    )
    return {(str(r.window), r.hedged) for r in found.release if r.served and r.window}


def test_a_release_wished_for_is_hedged() -> None:
    assert _window("I’d love people to see it next year, but that’s not my call.") == {
        ("2026", True)
    }


def test_a_release_stated_is_not() -> None:
    assert _window("It is out next year on Kelpa.") == {("2026", False)}
