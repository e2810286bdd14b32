"""Review mends of round 200: near misses of this round's rules, in invented words."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts

_QUARRY_TITLE = "Slate Quarry wins the audience award"
_QUARRY_LEDE = "Slate Quarry, a new film from Lumen Pictures, won the audience award on Sunday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Her previous film, Pell Marsh, was directed by Ada Vale, who co-wrote it with Joss Ebury.",
        "The first film was directed by Ada Vale, who co-wrote it with Joss Ebury.",
        "The studio’s last film, Pell Marsh, was directed by Ada Vale, who penned it with Joss"
        " Ebury.",
    ],
)
def test_writers_of_a_director_clause_on_another_work_are_not_ours(sentence: str) -> None:
    found = credits(facts(_QUARRY_LEDE, sentence, title=_QUARRY_TITLE))
    assert ("writer", "Joss Ebury") not in found
    assert ("writer", "Ada Vale") not in found


def test_writers_of_a_director_clause_on_our_work_are_still_credited() -> None:
    found = credits(
        facts(
            _QUARRY_LEDE,
            "Directed by Ada Vale, who co-wrote it with Joss Ebury, the film follows a quarryman.",
            title=_QUARRY_TITLE,
        )
    )
    assert {("director", "Ada Vale"), ("writer", "Ada Vale"), ("writer", "Joss Ebury")} <= found
