"""A part written with the abbreviated church title before a full name ("the Rev Oswin Tull",
"Revd Marla Finch") is named without it, the way the corpus names a titled part by the person;
a title before a surname alone stays part of the name ("Rev Dunmore")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_the_rev_before_a_full_name_is_left_off_the_part() -> None:
    found = facts(
        "Filming has begun on the BBC drama Saltmarsh Lane.",
        "Mara Quill plays the Rev Oswin Tull, the parish's restless vicar, while Ben Ashe "
        "plays his brother, Rob.",
    )
    assert ("Mara Quill", "Oswin Tull") in served_pairs(found)
    assert ("Mara Quill", "Rev Oswin Tull") not in pairs(found)


def test_revd_after_star_as_and_in_a_list() -> None:
    found = facts(
        "Channel 4 has cast its new comedy, Vestry Hours.",
        "Dilys Harcombe will star as the Revd Marla Finch.",
        "• Otto Brennan as Rev Jem Castell",
    )
    assert ("Dilys Harcombe", "Marla Finch") in served_pairs(found)
    assert ("Otto Brennan", "Jem Castell") in served_pairs(found)


def test_the_title_stays_before_a_surname_alone() -> None:
    found = facts(
        "Joining the ensemble of Vestry Hours:",
        "• Osric Manley as Rev Dunmore",
        title="Vestry Hours: first look",
    )
    assert ("Osric Manley", "Rev Dunmore") in served_pairs(found)
