"""Actors named in full, then their parts by first name between dashes, on invented text: each
actor is paired with the part in the same place ("A and B – X and Y – arrive"); a dashed aside
of kin words, origins or two-word names, or one whose dashes differ, casts no one."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(TIN_VEIN_RETURNS_LEDE, sentence))


def test_a_dashed_pair_of_first_names_are_the_actors_parts() -> None:
    found = _served("Morwen Hocking and Pascoe Nance – Elowen and Jago – shared an umbrella.")
    assert found == {("Morwen Hocking", "Elowen"), ("Pascoe Nance", "Jago")}, found


def test_a_dashed_list_with_a_screen_word_before_the_closing_dash() -> None:
    found = _served(
        "Then Morwen Hocking, Tamsin Rowe and Pascoe Nance — Elowen, Lowdy and Jago on screen"
        " — posed by the pier."
    )
    assert ("Morwen Hocking", "Elowen") in found, found
    assert ("Tamsin Rowe", "Lowdy") in found, found
    assert ("Pascoe Nance", "Jago") in found, found


def test_kin_words_between_dashes_are_no_parts() -> None:
    found = _served("Morwen Hocking and Pascoe Nance – Mum and Dad – came along too.")
    assert not found, found


def test_origins_between_dashes_are_no_parts() -> None:
    found = _served("Morwen Hocking and Pascoe Nance – Cornish and Breton – compared notes.")
    assert not found, found


def test_mismatched_dashes_close_no_aside() -> None:
    found = _served("Morwen Hocking and Pascoe Nance – Elowen and Jago — shared an umbrella.")
    assert not found, found
