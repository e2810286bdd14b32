"""A fan post's bracketed part with a run of exclamation marks ("Ada Vale (Juno!!)") is read as
the plain bracket ("Ada Vale (Juno)") is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_doubled_exclamation_in_the_bracket() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "We're thrilled that Edda Marlowe (Juno!!) will be joining us for a live chat on Friday.",
    )
    assert ("Edda Marlowe", "Juno") in served_pairs(found)


def test_a_tripled_exclamation_in_the_bracket() -> None:
    found = facts(
        "Harrow Lane shoots in spring.",
        "Mods note: Tobias Hale (Abner!!!) is answering questions in the pinned thread tonight.",
    )
    assert ("Tobias Hale", "Abner") in served_pairs(found)
