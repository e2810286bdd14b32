"""A byline's name is a reporter's, never the full name of a part given by its first name."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_bylines_name_never_completes_a_first_name_part() -> None:
    found = facts(
        "Harwick Sands is out today on Sky Cinema.",
        "Live | By Nessa Vory and Bram Dulcey",
        "Quick cast refresher: Ilse Barrowmore plays Dai Orlow, Fenna Orlow is his sister Nessa.",
        title="Harwick Sands release day: live updates",
        date="2026-12-04",
    )
    pairs = served_pairs(found)
    assert ("Fenna Orlow", "Nessa Vory") not in pairs
    assert ("Fenna Orlow", "Nessa") in pairs
