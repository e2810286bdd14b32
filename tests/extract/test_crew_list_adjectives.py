"""A credits list that runs into the next person's description: "the cinematographer is A and
Danish composer B" - "Danish" (a nationality, a place, an award before "-winning") describes B
and names no one, so it is never a credit of the list's role."""

from __future__ import annotations

from tests.extract.helpers import served_crew

LEDE = "Nettle Park, a new drama, returns next spring."


def test_a_nationality_before_the_next_persons_role_is_no_name() -> None:
    found = served_crew(
        LEDE,
        "Behind the camera, the cinematographer is Orla Penhaligon and Danish composer "
        "Tove Ravnkilde has written the music.",
    )
    assert ("cinematographer", "Orla Penhaligon") in found
    assert ("composer", "Tove Ravnkilde") in found
    assert {name for _, name in found} == {"Orla Penhaligon", "Tove Ravnkilde"}


def test_a_nationality_before_another_craft_is_no_name() -> None:
    found = served_crew(
        LEDE,
        "The producer is Idris Fenwick and Icelandic cinematographer Sunna Bjarkadottir shot "
        "it in the winter.",
    )
    assert ("producer", "Idris Fenwick") in found
    assert ("cinematographer", "Sunna Bjarkadottir") in found
    assert {name for _, name in found} == {"Idris Fenwick", "Sunna Bjarkadottir"}


def test_a_hyphenated_description_before_the_next_role_is_no_name() -> None:
    found = served_crew(
        LEDE,
        "The editor is Marnie Coltrane and Berlin-based composer Jorg Fassbinde wrote the score.",
    )
    assert ("editor", "Marnie Coltrane") in found
    assert {name for _, name in found} == {"Marnie Coltrane", "Jorg Fassbinde"}
    found = served_crew(
        LEDE,
        "The cinematographer is Pell Harrow and Oscar-winning composer Dara Quill has "
        "written the music.",
    )
    assert {name for _, name in found} == {"Pell Harrow", "Dara Quill"}
