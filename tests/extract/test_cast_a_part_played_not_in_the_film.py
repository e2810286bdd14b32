"""A casting the same clause says is not in this production ("X is playing Y in the stage
workshop, NOT in the film"), on invented text: a part elsewhere, ours denied, so no casting is
told; one that says it is in the film and not elsewhere is still served."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Kellow Down, the wartime drama, lands on Netflix next week."


def test_a_part_denied_for_the_film_is_no_casting() -> None:
    found = facts(
        _LEDE,
        "The radio version is another matter: Bram Tey is voicing Wilf in the audio series,"
        " not in the film.",
    )
    assert ("Bram Tey", "Wilf") not in pairs(found), found.cast


def test_a_part_in_the_film_not_elsewhere_is_served() -> None:
    found = served_pairs(
        facts(_LEDE, "Bram Tey is playing Wilf in the film, not in the audio series.")
    )
    assert ("Bram Tey", "Wilf") in found, found
