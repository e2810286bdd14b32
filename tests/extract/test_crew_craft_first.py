"""Credits told with the craft first (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", sentence, title="Salt Meadow wraps"))


def test_behind_the_camera_is_the_director() -> None:
    assert ("director", "Maud Keskin") in _credits_in("Behind the camera is Maud Keskin.")


def test_the_score_by_in_commas_is_the_composer() -> None:
    assert ("composer", "Lu Chen") in _credits_in("The score, by Lu Chen, is spare and cold.")


def test_the_music_comes_from_is_the_composer() -> None:
    assert ("composer", "Odile Marr") in _credits_in("The music comes from Odile Marr.")


def test_a_craft_first_credit_for_another_title_gives_nothing() -> None:
    found = _credits_in("The score, by Lu Chen for Dry Creek, won prizes.")
    found |= _credits_in("Behind the camera is Maud Keskin on Dry Creek.")
    assert not found
