"""A pair of actors back "as the pair" (the duo, the leads), then "with" another actor back as
a part: the name after "with" is an actor, never the part of the name before it (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "Greyhithe sequel cast news."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsin Orly and Bram Keswick are reunited as the two sisters, with Delphine Marr once "
        "more their grandmother, Orpha.",
        "Tamsin Orly and Bram Keswick are back as the couple, with Delphine Marr back as Orpha.",
        "Bram Keswick returns as the lead, with Delphine Marr reprising her role as Orpha.",
        "Tamsin Orly and Bram Keswick reprise their roles as the duo with Delphine Marr.",
        "Expect Tamsin Orly and Bram Keswick as the newlyweds again, with Delphine Marr as Orpha.",
    ],
)
def test_an_actor_after_with_is_never_the_part(sentence: str) -> None:
    found = facts(_LEDE, sentence)
    assert not {pair for pair in served_pairs(found) if pair[1] == "Delphine Marr"}


def test_the_actor_after_with_keeps_her_own_part() -> None:
    found = facts(
        _LEDE,
        "Tamsin Orly and Bram Keswick return as the pair, with Delphine Marr back as Orpha.",
    )
    assert ("Delphine Marr", "Orpha") in served_pairs(found)
