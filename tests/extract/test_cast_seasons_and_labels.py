"""Cast: a part in another show's seasons, labels and origins before names; kinds of failure
met in blind batch 7, each on invented text (none of its names)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_part_in_seasons_of_another_show_is_not_ours() -> None:
    found = facts(
        "Tamsin Rook, Ivo Bell and Piet Lammers have joined the cast of the Lantern Bay film.",
        "Lammers, who has played Oswin Pryce in the first two seasons of ITV's “Salt Marsh,” "
        "is repped by UTA.",
    )
    assert ("Piet Lammers", "Oswin Pryce") not in pairs(found)


def test_a_part_in_a_season_of_our_show_is_kept() -> None:
    found = facts(
        "Lantern Bay returns for a third season.",
        "Piet Lammers, who has played Oswin Pryce in every season of Lantern Bay, is back.",
    )
    assert ("Piet Lammers", "Oswin Pryce") in pairs(found)


def test_a_plural_label_before_names_is_not_part_of_the_first_name() -> None:
    found = facts(
        "Filming on Lantern Bay began this week.",
        "Veterans Tamsin Rook and Ivo Bell will play Greta, a baker, and Sol, a fisherman, "
        "respectively.",
    )
    assert pairs(found) == {("Tamsin Rook", "Greta"), ("Ivo Bell", "Sol")}


def test_a_hyphenated_origin_before_actor_is_not_a_part() -> None:
    found = facts(
        "Piet Lammers has left Lantern Bay, with Belgian-Moroccan actor Yusuf Dekker taking "
        "over the role of Prof Alma Reed from the stage star."
    )
    assert pairs(found) == {("Yusuf Dekker", "Prof Alma Reed")}
