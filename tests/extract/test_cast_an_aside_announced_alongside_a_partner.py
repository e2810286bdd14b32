"""An aside that tells a casting's news beside a partner ("X, announced alongside Y as Z, ...")
gives Z to X, the aside's subject, never to Y. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Brinsmoor recast: what we know so far"


def test_the_part_after_announced_alongside_is_the_subjects() -> None:
    found = facts(
        _LEDE,
        "Romilly Saxe, announced alongside Anselm Crewe as Odile Fenwright, remains on board.",
    )
    assert served_pairs(found) == {("Romilly Saxe", "Odile Fenwright")}


def test_a_film_announced_with_a_name_as_a_part_is_that_names() -> None:
    found = facts(_LEDE, "The film was first announced with Anselm Crewe as Odile Fenwright.")
    assert ("Anselm Crewe", "Odile Fenwright") in served_pairs(found)
