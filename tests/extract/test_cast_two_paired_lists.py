"""A sentence with two paired lists ("A and B return as X and Y, while C, D and E reprise their
roles as P, Q and R respectively") pairs each list on its own, in order."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Quillwood returns for a second season on Netflix."


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(_LEDE, sentence, title="Quillwood"))


def test_plain_pair_then_respectively_list() -> None:
    found = _served(
        "Ada Vale and Tom Reed return as Mira and Gus, while Lena Holt, Sam Pike, Rae Dunn and "
        "Ivo Marsh reprise their roles as Bea, Cal, Dot and Eli respectively."
    )
    assert found == {
        ("Ada Vale", "Mira"),
        ("Tom Reed", "Gus"),
        ("Lena Holt", "Bea"),
        ("Sam Pike", "Cal"),
        ("Rae Dunn", "Dot"),
        ("Ivo Marsh", "Eli"),
    }


def test_back_as_pair_then_respectively_list_with_comma() -> None:
    found = _served(
        "Nell Ashby and Piet Crane are back as Wren and Otto, and Dara Fell, Jim Oakes and "
        "Una Brisk play Sol, Kit and Tam, respectively."
    )
    assert ("Piet Crane", "Wren") not in found
    assert ("Una Brisk", "Sol") not in found
    assert found == {
        ("Nell Ashby", "Wren"),
        ("Piet Crane", "Otto"),
        ("Dara Fell", "Sol"),
        ("Jim Oakes", "Kit"),
        ("Una Brisk", "Tam"),
    }


def test_one_respectively_list_still_pairs() -> None:
    found = _served(
        "Lena Holt and Sam Pike have been cast as Bea, a baker, and Cal, her brother, respectively."
    )
    assert found == {("Lena Holt", "Bea"), ("Sam Pike", "Cal")}


def test_respectively_list_with_more_parts_than_actors_is_held_whole() -> None:
    found = _served(
        "Ada Vale and Tom Reed return as Mira and Gus, while Lena Holt, Sam Pike and Ivo Marsh "
        "reprise their roles as Bea, Cal, Dot and Eli respectively."
    )
    assert found == {("Ada Vale", "Mira"), ("Tom Reed", "Gus")}


def test_short_respectively_list_after_a_lead_is_held_whole() -> None:
    found = _served(
        "Dara Fell and Jim Oakes play Sol, Kit, Tam and Wren, respectively, in the new run."
    )
    assert not found
