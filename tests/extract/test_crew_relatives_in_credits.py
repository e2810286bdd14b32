"""A second name in a passive credit joined by who they are to the first: "by A and his
sister, the playwright B" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_script_by_a_and_her_brother_the_novelist() -> None:
    found = facts(
        "The script is by Moreno and her brother, the novelist Dario Moreno-Vidal, and the score "
        "is by Ana Pike."
    )
    assert {("writer", "Dario Moreno-Vidal"), ("composer", "Ana Pike")} <= credits(found)


def test_written_by_a_and_his_wife_without_commas() -> None:
    found = facts("It was written by Lev Orlov and his wife Mira Orlova.")
    assert {("writer", "Lev Orlov"), ("writer", "Mira Orlova")} <= credits(found)


def test_a_relative_with_a_craft_of_their_own_shares_no_credit() -> None:
    found = facts("Directed by Lev Orlov and his regular collaborator, cinematographer Paz Ibarra.")
    assert ("director", "Paz Ibarra") not in credits(found)


def test_a_relative_without_a_name_credits_nobody_more() -> None:
    found = facts("It was written by Lev Orlov and his wife, who runs a bakery in Tartu.")
    assert {c for c in credits(found) if c[0] == "writer"} == {("writer", "Lev Orlov")}
