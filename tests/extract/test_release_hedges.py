"""Release hedges on invented text: a date wished for ("I'd love it out next year") is hedged,
one stated is not."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "sentence",
    [
        "We’d really love it out next year.",
        "I’d like people to see it next year, but that’s not my call.",
        "Ideally it’s out next year.",
        "I wish it were out next year.",
        "The dream is to have it out next year.",
    ],
)
def test_a_release_wished_for_in_other_words_is_hedged(sentence: str) -> None:
    assert _window(sentence) == {("2026", True)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Perrin, who said she’d love to come back, returns when it lands next year on Kelpa.",
        "Fans who’d love more will get it: it is out next year on Kelpa.",
    ],
)
def test_someone_elses_wish_beside_a_firm_release_is_not_hedged(sentence: str) -> None:
    assert _window(sentence) == {("2026", False)}
