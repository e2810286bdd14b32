"""A part's earlier name is not its full name: "Ada Vale plays Mira. Originally she was Mira
Dunmore" gives no casting as Mira Dunmore (the writer renamed her)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs


def _parts(found: ArticleFacts) -> set[str]:
    return {part for _, part in served_pairs(found)}


def test_originally_she_was_is_an_earlier_name() -> None:
    found = facts(
        "Newcomer Tamsin Greer, 24, plays Lark, the café owner who takes Joel in.",
        "Q: Was the part written for you?",
        "Tamsin Greer: They changed her after my audition. Originally she was Lark Pemberton, "
        "and much meaner.",
    )
    assert _parts(found) == {"Lark"}


def test_formerly_known_as_is_an_earlier_name() -> None:
    found = facts(
        "Idris Vane will play Corin, the ferryman's son.",
        "In early drafts the character was formerly known as Corin Ashby.",
    )
    assert _parts(found) == {"Corin"}


def test_originally_called_is_an_earlier_name() -> None:
    found = facts(
        "Idris Vane will play Corin, the ferryman's son.",
        "Corin was originally called Corin Ashby in the novel.",
    )
    assert _parts(found) == {"Corin"}
