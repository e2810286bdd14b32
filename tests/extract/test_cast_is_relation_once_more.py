""" "X is Tom's mum Juno once more": a part told by kin, then "once more" or "again"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_relation_part_then_once_more() -> None:
    found = facts(
        "Quillon Bay returns to Netflix next month for its second series.",
        "Oriel Pennock is Sabeth's mum Maud once more.",
        title="Quillon Bay: everything we know",
    )
    assert ("Oriel Pennock", "Maud") in served_pairs(found)
