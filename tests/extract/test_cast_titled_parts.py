"""A part the makers label only with a "The" title ("identified only as The Warden") keeps its
"The"; a part named plainly keeps its name as written."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The first trailer for Quarry Lane dropped on Tuesday, and it is full of secrets."
_TITLE = "Quarry Lane trailer: five things we learned"


def test_a_part_labelled_only_with_the_keeps_it() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Yes, that is Ines Mallory as the hooded stranger, identified only as The Warden.",
            title=_TITLE,
        )
    )
    assert found == {("Ines Mallory", "The Warden")}


def test_a_part_named_plainly_stays_as_written() -> None:
    found = served_pairs(
        facts(_LEDE, "Yes, that is Ines Mallory as the hooded stranger, Warden Pike.", title=_TITLE)
    )
    assert found == {("Ines Mallory", "Warden Pike")}
