"""Music told as coming from its composer: "with music once again from X", "Music comes from X"
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_music_once_again_from_a_composer_credits_the_composer() -> None:
    found = facts(
        "Salt Meadow is directed by Ada Vale, with music once again from Tomas Riv, whose score "
        "won prizes.",
        "Music comes from composer Ivo Dunn.",
        title="Salt Meadow review",
    )
    assert {("composer", "Tomas Riv"), ("composer", "Ivo Dunn")} <= credits(found)


def test_music_once_again_comes_from_a_composer_credits_the_composer() -> None:
    found = facts(
        "Music once again comes from Lea Marsh, whose series score was nominated.",
        title="Salt Meadow review",
    )
    assert ("composer", "Lea Marsh") in credits(found)


def test_bare_music_from_a_singer_or_another_films_music_credits_nobody() -> None:
    found = facts(
        "The film features music from Lea Marsh.",
        "The music from Mamma Mia is back.",
        "It earned a perfect score from Ivo Dunn, the judge.",
        title="Salt Meadow review",
    )
    assert not credits(found)
