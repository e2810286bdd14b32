"""A bracketed list after "cast members" (or "castmates") holds actors first: "joined by fellow
returning cast members Ada Quill (Nell Parry), ..." casts Ada Quill as Nell Parry, never the
other way round."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_fellow_returning_cast_members_list_actors_first() -> None:
    found = served_pairs(
        facts(
            "Maya Fern and Joel Kirk return as Rosa and Tam in the Saltgrass film.",
            "They are joined by fellow returning cast members Ada Quill (Nell Parry), Ben Hart "
            "(Otto Finch), Cara Dale (Ivy Lowe) and Dev Moss (June Reed).",
        )
    )
    assert {
        ("Ada Quill", "Nell Parry"),
        ("Ben Hart", "Otto Finch"),
        ("Cara Dale", "Ivy Lowe"),
        ("Dev Moss", "June Reed"),
    } <= found
    assert ("Nell Parry", "Ada Quill") not in found


def test_castmates_list_actors_first() -> None:
    found = served_pairs(
        facts(
            "Filming on Harrow Lane wrapped in Hull last week.",
            "Lena Brook thanked her castmates Omar Pike (Silas Wren) and Tess Lund (Greta Hale).",
        )
    )
    assert {("Omar Pike", "Silas Wren"), ("Tess Lund", "Greta Hale")} <= found
    assert ("Silas Wren", "Omar Pike") not in found


def test_a_single_cast_member_actor_first() -> None:
    found = served_pairs(
        facts(
            "The Harrow Lane cast gathered for a read-through in Hull.",
            "Also there was fellow cast member Omar Pike (Silas Wren), back for a second run.",
        )
    )
    assert ("Silas Wren", "Omar Pike") not in found
