"""A review's score told as coming from its composer: "another lovely score from X" (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_another_score_from_a_named_composer_credits_the_composer() -> None:
    found = facts(
        "The film looks lovely, helped by another lovely score from Tomas Riv, who hides the old "
        "themes in it.",
        title="Salt Meadow review",
    )
    assert ("composer", "Tomas Riv") in credits(found)


def test_a_score_from_composer_with_the_noun_credits_the_composer() -> None:
    found = facts("There is a spare, haunting piano score from composer Lea Marsh.")
    assert ("composer", "Lea Marsh") in credits(found)


def test_the_score_from_another_film_credits_nobody() -> None:
    found = facts(
        "The trailer uses the score from Still Waters.",
        "It borrows a score from Still Waters and a song.",
        title="Salt Meadow review",
    )
    assert not credits(found)


def test_music_once_again_from_a_composer_credits_the_composer() -> None:
    found = facts(
        "Salt Meadow is directed by Ada Vale, with music once again from Tomas Riv, whose score "
        "won prizes.",
        "Music comes from composer Ivo Dunn.",
        title="Salt Meadow review",
    )
    assert {("composer", "Tomas Riv"), ("composer", "Ivo Dunn")} <= credits(found)


def test_bare_music_from_a_singer_or_another_films_music_credits_nobody() -> None:
    found = facts(
        "The film features music from Lea Marsh.",
        "The music from Mamma Mia is back.",
        title="Salt Meadow review",
    )
    assert not credits(found)
