"""A festival's head when the festival is named by its edition ("the 12th Quillfest") (invented
text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_festival_named_by_its_edition_has_its_own_director() -> None:
    found = facts(
        "Brackenfall closed Quillfest on Sunday with a gala.",
        "The closing gala of the 12th Quillfest moved one festival programmer to tears.",
        "Quillfest’s director, Wilma Thrushgate, introduced the gala.",
        title="Brackenfall closes Quillfest",
    )
    assert ("director", "Wilma Thrushgate") not in credits(found)
