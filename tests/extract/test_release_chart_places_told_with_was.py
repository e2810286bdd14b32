"""A chart place told "In second place was X", X named in the headline too: the paragraph's
dates after it are X's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay tops the streaming chart again"


def test_a_chart_place_given_with_was_carries_its_paragraph() -> None:
    for other, paragraph in (
        (
            "Harrow Gate",
            "In second place was Lumen’s new legal drama Harrow Gate, with 120 million minutes "
            "in its first week. The series, starring Opal Brisk as a barrister, arrived on "
            "3 September.",
        ),
        (
            "Night Ferry",
            "At No. 3 is the thriller Night Ferry, up two places. The series arrived on "
            "3 September.",
        ),
        (
            "Pebble Street",
            "In third place came the comedy Pebble Street, with 80 million minutes. The show "
            "landed on 3 September.",
        ),
    ):
        found = release_kinds(
            "Copper Bay held on to first place with 400 million minutes.",
            paragraph,
            date="2026-09-15",
            title=f"{_TITLE} as {other} climbs",
        )
        assert ("premiere_date", "2026-09-03", False) not in found, paragraph


def test_our_own_chart_place_with_was_keeps_its_date() -> None:
    found = release_kinds(
        "In first place was Copper Bay, which arrived on 3 September.",
        date="2026-09-15",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-09-03", False) in found
