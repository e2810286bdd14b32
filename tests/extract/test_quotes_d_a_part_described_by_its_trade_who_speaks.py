"""An actor as a part, what the part is, then "who says" and words in marks ("Wenna Dray as
Ines Marr, a ferry pilot who swears she saw “...”"): the part's words, never the actor's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Channel 4 orders fenland thriller The Reed Line"
_LEDE = "Channel 4 has ordered The Reed Line, a six-part thriller from writer Pim Aldous."


def test_a_part_described_by_its_trade_who_swears_to_the_words() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "The series stars Wenna Dray as Ines Marr, a ferry pilot who swears she heard “a"
        " bell under the water” on the night of the storm.",
    )
    assert not any(text.startswith("a bell") for text, _ in served_quotes(found))


def test_the_actor_who_says_it_after_her_name_keeps_her_words() -> None:
    found = facts(
        _TITLE,
        _LEDE,
        "Wenna Dray, who plays ferry pilot Ines Marr, says the script is “a bell under the water”.",
    )
    assert any(text.startswith("a bell") for text, _ in served_quotes(found))
