""" "X, Mira Holt herself, ..." and "X, Mira Holt in the film, ...": an aside naming the actor's
screen self casts the part; a first name alone in such an aside does not."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_herself_and_in_the_film_asides_cast() -> None:
    found = facts(
        "The premiere of Quillon Bay drew a big crowd in Leicester Square on Tuesday night.",
        "Oriel Pennock, Sabeth Corrow herself, arrived first in a green gown.",
        "Lenka Dravinsky, Maud Tarrant in the film, signed posters for an hour.",
        title="Quillon Bay premiere: all the red carpet looks",
    )
    assert {
        ("Oriel Pennock", "Sabeth Corrow"),
        ("Lenka Dravinsky", "Maud Tarrant"),
    } <= served_pairs(found)


def test_first_name_self_aside_is_no_part() -> None:
    found = facts(
        "The premiere of Quillon Bay drew a big crowd in Leicester Square on Tuesday night.",
        "Oriel Pennock, Sabeth herself, arrived first in a green gown.",
        title="Quillon Bay premiere: all the red carpet looks",
    )
    assert ("Oriel Pennock", "Sabeth") not in served_pairs(found)
