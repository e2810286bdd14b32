"""A title that opens its sentence with its credit ("Brisk Water, directed by X, follows ...,
played by A") is a work, no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_credited_title_opening_its_sentence_is_no_part() -> None:
    found = facts(
        "Brisk Water, directed by Piet Ostley, follows a widowed boat-builder, played by "
        "Jessamy Kell, who takes her son out on the estuary.",
        title="Brisk Water: meet the cinematographer",
    )
    assert not any("Brisk Water" in part for _, part in pairs(found))
