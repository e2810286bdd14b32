"""A maker's possessive before a place or word and a work's kind ("<Name>'s <Place> farming
drama", "<Name>'s Glasgow boxing film") owns a work, not a part: the "-ing" word there tells the
genre, it is no scene's participle. A part doing something after its actor's possessive keeps
its casting (invented sentences and names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ottoline Vasse’s Fenmoor farming drama was meant to be a small British film.",
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
