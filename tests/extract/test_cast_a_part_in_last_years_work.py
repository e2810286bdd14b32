"""A past part set right after it in a work dated as past ("who played Tom's aunt, Nell Hardy, in
last year's BBC drama Lowland Road", "who starred as Nell Hardy in the 2019 thriller Lowland
Road") is that work's part, whatever aside stands between the verb and the part; the article's
own work dated so keeps its casting (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow premiere: live from the red carpet"
_LEDE = "Larkhollow, the Netflix drama, premieres tonight in Leeds."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_part_in_a_past_dated_work_is_not_ours() -> None:
    for sentence in (
        "Spotted: Ada Penhale, who played Tom's aunt, Nell Hardy, in last year's BBC drama"
        " Lowland Road, here in support.",
        "Ada Penhale, who starred as Nell Hardy in the 2019 thriller Lowland Road, waved.",
    ):
        assert ("Ada Penhale", "Nell Hardy") not in _cast(sentence), sentence


def test_a_part_in_our_work_stays() -> None:
    sentence = "Ada Penhale, who plays Nell Hardy in Larkhollow, arrived first."
    assert ("Ada Penhale", "Nell Hardy") in _cast(sentence)
