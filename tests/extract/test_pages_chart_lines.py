"""A chart's numbered lines are titles with their channel and a figure, never castings."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_streaming_charts_numbered_lines_cast_no_one() -> None:
    found = served_pairs(
        facts(
            "Marrow Fen tops the streaming chart for a second week.",
            "Top five streaming titles this week (minutes viewed)",
            "1. Marrow Fen (Prime Video) – 612m",
            "2. Tallow Point (Netflix) – 276m",
            "3. Brisket Road (Channel Nine) – 201m",
            "Marrow Fen stars Odalys Crane as Juniper Holt.",
            title="Streaming charts: Marrow Fen stays at No 1",
        )
    )
    assert ("Odalys Crane", "Juniper Holt") in found
    assert not any("Netflix" in pair or "Prime Video" in pair for pair in found)
    assert not any("Channel Nine" in pair for pair in found)


def test_a_box_office_tables_lines_with_takings_cast_no_one() -> None:
    found = served_pairs(
        facts(
            "The weekend's top films.",
            "1) Ember Quay (Halcyon) — £4.2m",
            "2) Lowrie Fold (Tessaly Films) — £1,900,000",
            "3) Copper Wren (Netflix) — 980k",
            title="Box office: Ember Quay opens on top",
        )
    )
    assert found == set()
