"""Castings hung on another work told by its channel, its maker or a gloss: a guide's "If you
liked this, try: T (Channel), in which X plays Y; or U (Channel), with Z as W", a review's
"comparisons with T, A's 2019 film with X as Y", a set report's "A's T, with X as Y, was shot
here" (invented sentences). That work's part, not ours; our own title told the same way keeps
its cast."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "What to watch: Copper Bay"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, title=_HEADLINE)
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_guides_try_this_picks_are_other_works() -> None:
    served = _served(
        "Copper Bay lands on Netflix this week, with Ana Ruiz as Mara Quell.",
        "If you liked this, try: Tin Lane (Netflix), in which Ivo Sand plays Lord Berrin; or"
        " Reed Hall (BBC), with Ola Brandt as Kit Merrow.",
    )
    assert ("Ivo Sand", "Lord Berrin") not in served
    assert ("Ola Brandt", "Kit Merrow") not in served
    assert ("Ana Ruiz", "Mara Quell") in served


def test_a_glossed_pick_starring_is_another_works() -> None:
    served = _served(
        "Copper Bay lands on Netflix this week, with Ana Ruiz as Mara Quell.",
        "If you like this, try: Tin Lane (Netflix), the Danish drama starring Ivo Sand as Lord"
        " Berrin.",
    )
    assert ("Ivo Sand", "Lord Berrin") not in served


def test_a_reviews_comparison_film_is_another_works() -> None:
    served = _served(
        "Copper Bay lands on Netflix this week, with Ana Ruiz as Mara Quell.",
        "Comparisons with Reed Hall, Tova Lind’s 2019 film with Ola Brandt as Kit Merrow, are"
        " fair.",
    )
    assert ("Ola Brandt", "Kit Merrow") not in served


def test_a_makers_other_film_with_a_cast_is_another_works() -> None:
    served = _served(
        "Copper Bay lands on Netflix this week, with Ana Ruiz as Mara Quell.",
        "Tova Lind’s Reed Hall, with Ola Brandt as cook Kit Merrow, was shot on this pier.",
    )
    assert ("Ola Brandt", "Kit Merrow") not in served


def test_our_own_title_with_its_maker_keeps_its_cast() -> None:
    served = _served(
        "Tova Lind’s Copper Bay, with Ana Ruiz as Mara Quell, lands on Netflix this week.",
    )
    assert ("Ana Ruiz", "Mara Quell") in served


def test_a_cast_lists_bracketed_part_then_with_stays() -> None:
    served = _served(
        "Copper Bay stars Ana Ruiz as Mara Quell, alongside Ivo Sand (Lord Berrin) and Pia Lund"
        " (Tess Merrow), with Ola Brandt as Kit Merrow.",
    )
    assert ("Ola Brandt", "Kit Merrow") in served
    assert ("Ana Ruiz", "Mara Quell") in served
