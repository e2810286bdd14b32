"""A fan post's bracketed part with a run of exclamation marks ("Ada Vale (Juno!!)") is read as
the plain bracket ("Ada Vale (Juno)") is."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(f.actor, f.character) for f in found.cast if f.served}


def test_a_doubled_exclamation_in_the_bracket() -> None:
    found = facts(
        "Copper Bay returns in June.",
        "We're thrilled that Edda Marlowe (Juno!!) will be joining us for a live chat on Friday.",
    )
    assert ("Edda Marlowe", "Juno") in _served(found)


def test_a_tripled_exclamation_in_the_bracket() -> None:
    found = facts(
        "Harrow Lane shoots in spring.",
        "Mods note: Tobias Hale (Abner!!!) is answering questions in the pinned thread tonight.",
    )
    assert ("Tobias Hale", "Abner") in _served(found)
