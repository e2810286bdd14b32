"""A widened run dates only its own clause, and "release" has to end the noun phrase: a release
slate or strategy widens no run, and a first opening told before the widening stays."""

from __future__ import annotations

import pytest

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Copper Bay, the new drama from Netflix, is in production."


def _premieres(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, date="2026-03-15", title="Copper Bay")
    return {str(r.date) for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE}


@pytest.mark.parametrize(
    "sentence",
    [
        "Netflix is expanding its release slate, and Copper Bay will be released on 3 April 2026.",
        "The studio widened its release strategy this year, and Copper Bay will be released on"
        " 3 April 2026.",
        "Having expanded their release plans, the studio said Copper Bay will be released on"
        " 3 April 2026.",
    ],
)
def test_a_release_noun_phrase_widens_no_run(sentence: str) -> None:
    assert _premieres(sentence) == {"2026-04-03"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Copper Bay opens in 40 cinemas on 3 April 2026 before it widens its release on"
        " 17 April 2026.",
        "Copper Bay opens in 40 cinemas on 3 April 2026, and the studio will expand the release"
        " nationwide on 17 April 2026.",
    ],
)
def test_the_first_opening_stays_beside_a_widening(sentence: str) -> None:
    assert "2026-04-03" in _premieres(sentence)
    assert "2026-04-17" not in _premieres(sentence)
