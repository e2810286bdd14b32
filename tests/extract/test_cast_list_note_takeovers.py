"""A cast list's line keeps its part when a long note follows it: "- Dr Wes Rook – Kai Lund
(she took over from Tom Reyes last summer, in case you missed all that drama)"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_long_note_after_a_list_line() -> None:
    found = facts(
        "The trailer for Puffin Cove is finally here.",
        "Cast (from the studio's own list):",
        "- Dr Wes Rook – Kai Lund (she took over from Tom Reyes last summer, in case you missed "
        "all that drama)",
        "- Captain Mara Holt – Ada Vale",
    )
    assert ("Kai Lund", "Dr Wes Rook") in served_pairs(found)


def test_a_long_aside_note_after_a_list_line() -> None:
    found = facts(
        "The trailer for Puffin Cove is finally here.",
        "Cast:",
        "- Kai Lund – Dr Wes Rook (new this season, and already a fan favourite on the forums)",
        "- Ada Vale – Captain Mara Holt",
    )
    assert ("Kai Lund", "Dr Wes Rook") in served_pairs(found)
