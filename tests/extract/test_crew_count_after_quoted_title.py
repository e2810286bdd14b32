"""A director named by their film's count after our title in quotation marks (invented)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Berlin: ‘Copper Lantern’ wins the room"
_LEDE = "The festival opened with a storm warning."


def test_curly_quoted_title_then_the_count() -> None:
    found = facts(
        _LEDE,
        "The audience loved “Copper Lantern”, Anna Berg’s second feature, at its premiere.",
        title=_TITLE,
    )
    assert ("director", "Anna Berg") in credits(found)


def test_single_quoted_title_then_a_debut() -> None:
    found = facts(
        _LEDE,
        "After the screening of ‘Copper Lantern’, Piet Olde's debut feature, the room stood.",
        title=_TITLE,
    )
    assert ("director", "Piet Olde") in credits(found)


def test_another_quoted_title_then_the_count_is_not_ours() -> None:
    found = facts(
        _LEDE,
        "The audience loved “Tin Roof”, Ruth Caddel’s second feature, last year.",
        title=_TITLE,
    )
    assert ("director", "Ruth Caddel") not in credits(found)
