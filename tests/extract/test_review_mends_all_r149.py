"""Review mends of round 149 (invented text): an actress cast as the mother of a part named in
full ("who plays Tobias Wren's mother") is a woman, as one cast as a one-word name's mother is;
and a part with its actor's surname in brackets before "will play a bigger part" is the bracket
pair, not a surname with an earlier work (the verb's object names no new part)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs

_LEDE = "Morwenna Quelch stars in Quillhaven, Brenmoor Pictures' new drama."


def _speaker(*paragraphs: str) -> tuple[bool, str] | None:
    found = facts(_LEDE, *paragraphs, date="2025-09-01")
    return next(((q.served, q.speaker) for q in found.quotes if q.text.startswith("It was")), None)


@pytest.mark.parametrize("kin", ["Tobias Wren's mother", "Tobias Aldo Wren's older sister"])
def test_an_actress_playing_a_full_names_kin_is_no_he(kin: str) -> None:
    said = _speaker(f"Ada Vale, who plays {kin}, joined late. “It was freezing,” he said.")
    assert said is not None
    assert said[1] != "Ada Vale"


def test_an_actor_playing_a_full_names_father_is_no_she() -> None:
    said = _speaker(
        "Tobias Wren, who plays Morwenna Quelch's father, said the shoot was cold. "
        "“It was freezing,” she said."
    )
    assert said is not None
    assert said[1] != "Tobias Wren"


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlo (Quelch) will play a bigger part in the second season.",
        "In the second season Marlo (Quelch) is set to play a larger role.",
    ],
)
def test_a_bracket_pair_before_play_a_bigger_part_stays_a_pair(sentence: str) -> None:
    found = facts(_LEDE, sentence)
    assert ("Morwenna Quelch", "Marlo") in pairs(found)


def test_a_surnames_earlier_work_before_play_a_new_part_is_still_no_part() -> None:
    found = facts(_LEDE, "Sefton Hale joins her. Hale (Lumen) will play DS Kay Lark.")
    assert ("Sefton Hale", "Lumen") not in pairs(found)
    assert ("Sefton Hale", "DS Kay Lark") in pairs(found)
