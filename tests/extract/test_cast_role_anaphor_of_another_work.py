"""A partner's part in a sentence that looks back to a role in another work is that work's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_role_after_joining_another_show_owns_the_partners_part() -> None:
    found = facts(
        "Priya Lanark-Hale has come a long way since Copper Bay made her name.",
        "Lanark-Hale was cast as Dot Mercer in Copper Bay, opposite Tom Reeve's Kit Ash.",
        "In 2021 she joined ‘Harbour Lights’ as Wren Abbot, a ferry pilot. The role put her "
        "opposite Gus Morrow and Fenella Drake’s Warden, and made her a household name.",
        title="Copper Bay: Priya Lanark-Hale on her last day",
    )
    assert ("Fenella Drake", "Warden") not in served_pairs(found)
    assert ("Priya Lanark-Hale", "Dot Mercer") in served_pairs(found)


def test_that_part_after_a_turn_in_another_film_owns_the_partners_part() -> None:
    found = facts(
        "Oren Blythe returns for the second series of Copper Bay in June.",
        "Before Copper Bay, Blythe starred in “The Salt Year” as Joss Penn. That part had him "
        "trading blows with Marek Solt’s Baron at every turn.",
        title="Copper Bay: Oren Blythe is back",
    )
    assert ("Marek Solt", "Baron") not in served_pairs(found)


def test_the_role_of_our_own_work_keeps_the_partners_part() -> None:
    found = facts(
        "Copper Bay's second series adds Ines Varga as the new harbourmaster.",
        "Varga joined Copper Bay as Nell Ashby in March. The role puts her opposite Tom "
        "Reeve’s Kit Ash, the skipper she spends the series outwitting.",
        title="Copper Bay: Ines Varga joins",
    )
    assert ("Tom Reeve", "Kit Ash") in served_pairs(found)
