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


@pytest.mark.parametrize(
    ("sentence", "kept", "gone"),
    [
        (
            "Netflix will release Copper Bay on 17 October 2026, after the studio widened the"
            " release window for its films in June.",
            "2026-10-17",
            "2026-06",
        ),
        (
            "Copper Bay opens on 17 October 2026; Netflix may expand the release plan in November.",
            "2026-10-17",
            "2026-11",
        ),
        (
            "Copper Bay arrives on 17 October 2026, and the streamer is widening its release"
            " strategy over the summer.",
            "2026-10-17",
            "summer",
        ),
    ],
)
def test_a_widened_release_noun_phrase_serves_no_time(sentence: str, kept: str, gone: str) -> None:
    found = facts(_LEDE, sentence, date="2026-03-15", title="Copper Bay")
    times = {str(r.date or r.window or "") for r in found.release if r.served}
    assert kept in times
    assert not any(gone in time or time.startswith(gone) for time in times), times
