"""A returning actor "reprises" a part as another "plays" it, on invented text: one actor and
a pair told in order are read; what is reprised that is no part (a partnership from two works)
is not served."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs


def _served(sentence: str) -> set[tuple[str, str]]:
    return served_pairs(facts(TIN_VEIN_RETURNS_LEDE, sentence))


def test_one_actor_reprises_a_part() -> None:
    found = _served("Corra Penwith reprises Gwenna Tallack in the second series.")
    assert ("Corra Penwith", "Gwenna Tallack") in found, found


def test_a_pair_reprises_two_parts_in_order() -> None:
    found = _served("They rejoin Ruan Vosper and Ellis Trewin, who reprise Kitto and Jory Penrose.")
    assert ("Ruan Vosper", "Kitto") in found, found
    assert ("Ellis Trewin", "Jory Penrose") in found, found
    assert ("Ruan Vosper", "Jory Penrose") not in found, found


def test_a_pair_reprises_two_parts_respectively() -> None:
    found = _served(
        "Ruan Vosper and Ellis Trewin, who reprise Kitto and Jory Penrose respectively, open it."
    )
    assert ("Ruan Vosper", "Kitto") in found, found
    assert ("Ellis Trewin", "Jory Penrose") in found, found


def test_a_reprised_partnership_from_two_works_is_no_pair_of_parts() -> None:
    found = _served("Ruan Vosper and Ellis Trewin reprise their double act from Gulls and Brine.")
    assert not found, found


def test_a_refusal_to_reprise_is_no_casting() -> None:
    found = _served("Corra Penwith said she would never reprise Gwenna Tallack.")
    assert not found, found


def test_reprised_roles_name_no_part_of_the_next_name() -> None:
    found = _served(
        "Corra Penwith and Ruan Vosper also reprise their roles, alongside Ellis Trewin as"
        " Jory Penrose."
    )
    assert ("Ruan Vosper", "Ellis Trewin") not in found, found
    assert ("Ellis Trewin", "Jory Penrose") in found, found


def test_the_role_reprised_alongside_names_no_part() -> None:
    found = _served("Penwith reprises the role alongside Ruan Vosper and Ellis Trewin.")
    assert not any(part in {"Ruan Vosper", "Ellis Trewin"} for _, part in found), found


def test_a_plural_reprise_after_the_last_of_two_names_is_no_single_casting() -> None:
    found = _served(
        "Vosper, who once played a lighthouse keeper, and Trewin, who went on to sing, reprise"
        " Kitto and Jory Penrose."
    )
    assert not any(part == "Kitto" for _, part in found), found


def test_will_reprise_takes_a_described_part() -> None:
    found = _served("Corra Penwith will reprise Kitto's aunt, Gwenna.")
    assert ("Corra Penwith", "Gwenna") in found, found
