"""A fan list of "Part — Actor" lines, the part by a first name alone: the one full name is the
actor. A hyphen between page furniture ("Advertisement - Continue Reading Below") is no pair."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_first_name_parts_with_em_dashes() -> None:
    found = facts(
        "Who's back, per the studio:",
        "* Wren — Halima Osei\n* Jory — Anselm Traske\n* Pip — Odile Marchetti",
    )
    assert {("Halima Osei", "Wren"), ("Anselm Traske", "Jory")} <= served_pairs(found)


def test_first_name_parts_with_en_dashes_and_no_bullets() -> None:
    found = facts(
        "The voice cast, in order of appearance:",
        "Bruno – Casimir Delane\nLotte – Yara Steenkamp",
    )
    assert ("Casimir Delane", "Bruno") in served_pairs(found)


def test_page_furniture_with_a_hyphen_is_no_pair() -> None:
    found = facts(
        "Filming began on Monday in Leeds.",
        "Advertisement - Continue Reading Below",
        "The studio has not yet set a date.",
    )
    assert not served_pairs(found)


def test_a_list_settled_by_the_story_of_its_parts_by_first_name() -> None:
    found = facts(
        "The series ends with one film. Instead, the story of Corwen and Ysolde ends on screen.",
        "Here's who's confirmed to return:",
        "- Tamsin Vey – Corwen Hale\n- Piran Teague – Ysolde Farrant\n- Linnet Aske – Odran Pike",
    )
    assert {
        ("Tamsin Vey", "Corwen Hale"),
        ("Piran Teague", "Ysolde Farrant"),
        ("Linnet Aske", "Odran Pike"),
    } <= served_pairs(found)


def test_a_first_name_outside_the_story_s_subject_settles_nothing() -> None:
    found = facts(
        "The series ends with one film. Corwen and Ysolde are grown up now.",
        "Here's who's confirmed to return:",
        "- Tamsin Vey – Corwen Hale\n- Piran Teague – Ysolde Farrant\n- Linnet Aske – Odran Pike",
    )
    assert ("Tamsin Vey", "Corwen Hale") not in served_pairs(found)
    assert ("Corwen Hale", "Tamsin Vey") not in served_pairs(found)
