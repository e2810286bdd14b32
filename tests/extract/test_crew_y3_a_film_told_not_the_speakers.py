"""A film a maker names as someone else's, "not mine" ("That's X's film, not mine"), is
another work: X is not the article's director (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Director Ruth Kellan on her debut Salt Meadow"


def _answer(line: str) -> set[tuple[str, str]]:
    return credits(
        facts(
            "Director Ruth Kellan talks about Salt Meadow, her debut feature.",
            "HOST: Your lead was in The Long Quay, wasn't he?",
            line,
            title=_TITLE,
        )
    )


def test_a_film_told_not_mine_names_no_director() -> None:
    found = _answer("KELLAN: He was. Tobias Merrin's film, not mine, I should say.")
    assert ("director", "Tobias Merrin") not in found
    assert ("director", "Ruth Kellan") in found


def test_a_film_told_not_a_minute_too_long_keeps_the_director() -> None:
    found = credits(
        facts(
            "Tobias Merrin's film, not a minute too long, follows two sisters on a salt marsh.",
            title="Review: Salt Meadow is a quiet triumph",
        )
    )
    assert ("director", "Tobias Merrin") in found
