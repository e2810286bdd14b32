"""A composer credited through the film the score was written for (invented sentences, none
of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_wrote_most_of_the_score_for_our_film_is_the_composer() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Lise Haraldsen wrote most of the score for Salt Meadow in a chapel.",
        title="Salt Meadow wraps",
    )
    assert ("composer", "Lise Haraldsen") in credits(found)


def test_composed_the_music_for_our_quoted_title_is_the_composer() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Jonas Wirth composed the music for “Salt Meadow” on a harmonium.",
        title="Salt Meadow wraps",
    )
    assert ("composer", "Jonas Wirth") in credits(found)


def test_the_score_for_another_title_is_no_credit() -> None:
    found = facts(
        "Salt Meadow wrapped in May.",
        "Lise Haraldsen, who wrote the score for Cold Harbour, joined in June.",
        title="Salt Meadow wraps",
    )
    assert ("composer", "Lise Haraldsen") not in credits(found)
