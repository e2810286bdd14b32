"""A playbill's cast list: part, dot leader, actor in capitals (either side first); the actor
as the article writes the name elsewhere, else in title case, never a guess."""

from __future__ import annotations

from bot.extract.castplaybill import playbill
from tests.extract.helpers import facts, pairs


def test_a_press_release_cast_block_lists_part_then_actor_in_capitals() -> None:
    found = facts(
        "Lumen Pictures today announced the full cast of The Night Ferry.",
        "Starring Odile Fenwright and Tomasz Kręcik",
        "CAST\nHanne Vogt ........ ODILE FENWRIGHT\nDr Piet Aalders ........ TOMASZ KRĘCIK\n"
        "Little Rosa ........ SØLVI ÅRNES-BERG",
    )
    assert pairs(found) == {
        ("Odile Fenwright", "Hanne Vogt"),
        ("Tomasz Kręcik", "Dr Piet Aalders"),
        ("Sølvi Årnes-Berg", "Little Rosa"),
    }


def test_a_programme_with_the_actor_first_and_an_ellipsis_leader() -> None:
    found = facts(
        "The Lyric's programme for Saltmarsh names its company.",
        "IVO PENHALE … Captain Jory Teague\nMAUD ELLERY-KANE … Wenna Teague",
    )
    assert pairs(found) == {
        ("Ivo Penhale", "Captain Jory Teague"),
        ("Maud Ellery-Kane", "Wenna Teague"),
    }


def test_capitals_title_case_cannot_restore_are_dropped() -> None:
    text = "Mira Holt ........ ROSS MCALLISTER\nAda Vale ........ PIM VAN DER BERG"
    assert playbill(text) == []


def test_a_line_with_both_sides_in_ordinary_case_is_left_alone() -> None:
    assert playbill("Mira Holt ........ Ada Vale\nTom Reed ........ Kai Lund") == []
