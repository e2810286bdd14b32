"""A weekend guide whose headline names two of its dashed entries ("What to watch: A, B and
more") leaves untold which named entry is the page's own, but an entry the headline leaves out
is another work's all the same: what it casts is held."""

from __future__ import annotations

from tests.extract.helpers import weekend_guide_pairs


def test_an_entry_the_headline_leaves_out_has_its_casting_held() -> None:
    found = weekend_guide_pairs(
        "Gullstone – Channel 4, Saturday, 9pm",
        "The seaside detective show is back, with Corran Blythe’s DI Mallory now in charge.",
    )
    assert ("Corran Blythe", "DI Mallory") not in found
    assert ("Tamsin Orlo", "Wren") in found


def test_a_guide_entry_the_headline_names_keeps_its_casting() -> None:
    found = weekend_guide_pairs(
        "Gullstone – Channel 4, Saturday, 9pm",
        "A cosy crime series, back for a second run.",
    )
    assert ("Tamsin Orlo", "Wren") in found
