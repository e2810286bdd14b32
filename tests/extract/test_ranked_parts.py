"""A part with a rank of two words keeps its whole name ("Detective Inspector Mira Holt"), and a
part's name is never cut short at three words."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_two_word_rank_before_a_part_played_by_an_actor() -> None:
    found = facts(
        "Channel 5 has cast its new coastal thriller.",
        "Detective Inspector Wenna Rowe, played by Petra Lindqvist, leads the inquiry.",
    )
    assert pairs(found) == {("Petra Lindqvist", "Detective Inspector Wenna Rowe")}


def test_an_air_force_rank_after_as() -> None:
    found = facts(
        "The war drama has found its leads.",
        "Osman Reyes stars as the pilot, Squadron Leader Tomas Berg, opposite Ilse Marchetti.",
    )
    assert ("Osman Reyes", "Squadron Leader Tomas Berg") in pairs(found)
    assert not any(part == "Squadron Leader Tomas" for _, part in pairs(found))


def test_an_abbreviated_rank_in_a_cast_list() -> None:
    found = facts(
        "The cast of Night Harbour was announced today.",
        "Callum Adair – Det Sgt Joss Penhallow",
        "Maren Solvik – Edie Trask",
    )
    assert ("Callum Adair", "Det Sgt Joss Penhallow") in pairs(found)


def test_a_part_of_four_words_without_a_known_rank_is_not_cut_short() -> None:
    found = facts(
        "The fantasy series has cast its villain.",
        "Hollis Varga will play Lord Admiral Petyr Vane in the second season.",
    )
    assert not any(part in {"Lord Admiral Petyr", "Admiral Petyr Vane"} for _, part in pairs(found))
