"""A maker's possessive before a place or word and a work's kind ("<Name>'s <Place> farming
drama", "<Name>'s Glasgow boxing film", "farming family saga", "whaling picture") owns a work,
not a part: the "-ing" word there tells the genre, it is no scene's participle. A part doing
something after its actor's possessive keeps its casting, even when a genre word is its object
("leaving comedy behind") (invented sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Quenby Sallow’s Dunmere farming drama, her first in a decade, screens next week.",
        "Quenby Sallow’s Dunmere sheep farming family saga was shot in a wet fortnight.",
        "Reviewers loved Tamsin Orrick's Gullstone whaling picture.",
        "Corwen Heath’s Lancashire weaving mystery returns in May.",
        "Critics adored Pell Harker's Glasgow boxing film when it opened in Venice.",
        "Sefa Marrow's Cornish fishing series has been renewed for a second run.",
        "Odile Brand’s Yorkshire mining documentary premieres in March.",
    ],
)
def test_possessive_before_a_genre_noun_owns_a_work(sentence: str) -> None:
    found = facts("Awards season: the small films to watch", sentence)
    assert not found.cast


def test_a_parts_participle_still_casts() -> None:
    found = facts(
        "Halden Moor trailer: five things we spotted",
        "The trailer ends with Ottoline Vasse's Mira Holt waving the car off.",
    )
    assert [(c.actor, c.character) for c in found.cast] == [("Ottoline Vasse", "Mira Holt")]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "The teaser closes on Tamsin Orrick's Wenna Crode leaving comedy behind for good.",
            ("Tamsin Orrick", "Wenna Crode"),
        ),
        (
            "One still shows Idris Vantreece's Abel Quarry quitting drama school in a rage.",
            ("Idris Vantreece", "Abel Quarry"),
        ),
    ],
)
def test_a_parts_participle_before_a_genre_word_still_casts(
    sentence: str, pair: tuple[str, str]
) -> None:
    found = facts("Brackenmire trailer: five things we spotted", sentence)
    assert pair in {(c.actor, c.character) for c in found.cast}
