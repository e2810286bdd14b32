"""A chained "and B and C as <posts>" after a "with A as <post>" credit line credits each name of
the list; a part after the chained "as" credits nobody."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_chained_list_after_with_as_credits_each_name() -> None:
    found = served_credits(
        facts(
            "The Brine Lantern adds three to its cast.",
            "It is produced by Lark Films, with Orla Penhale as producer and Tamsin Vree and "
            "Jory Kestle as executive producers.",
        )
    )
    assert ("producer", "Orla Penhale") in found
    assert ("executive_producer", "Tamsin Vree") in found
    assert ("executive_producer", "Jory Kestle") in found


def test_a_chained_list_with_parts_credits_nobody() -> None:
    found = served_credits(
        facts(
            "The Brine Lantern adds three to its cast.",
            "It stars Mae Corrin, with Orla Penhale as producer and Tamsin Vree and Jory Kestle "
            "as Nell and Bea.",
        )
    )
    assert not {name for _, name in found} & {"Tamsin Vree", "Jory Kestle"}
