"""A part named after "plays" and a description ("plays Oslo detective Sigrid Bakke, who boards
the ferry", "plays retired nurse Edie Crane, who ...") is the part, even with a "who" clause
after it that would otherwise mark a person; a co-star after "plays opposite" stays a person."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_surname_plays_a_place_and_job_described_part() -> None:
    found = facts(
        "Filming has started on Tidewater, with Tomasz Wierzbicki and Hanna Lund leading.",
        "Wierzbicki will play Arne Holm, a ferry pilot, while Lund plays Oslo detective Sigrid "
        "Bakke, who boards the ship after a passenger vanishes.",
        title="Tidewater: first look",
    )
    assert ("Hanna Lund", "Sigrid Bakke") in served_pairs(found)


def test_a_full_name_plays_a_job_described_part() -> None:
    found = facts(
        "Casting is complete on Hollow Lane.",
        "Marit Solheim plays retired nurse Edie Crane, who takes in a lodger.",
        title="Hollow Lane rounds out its cast",
    )
    assert ("Marit Solheim", "Edie Crane") in served_pairs(found)


def test_a_co_star_opposite_stays_a_person() -> None:
    found = facts(
        "Casting is complete on Hollow Lane.",
        "Marit Solheim plays opposite Jonas Brekke, who won a Bafta last year.",
        title="Hollow Lane rounds out its cast",
    )
    assert ("Marit Solheim", "Jonas Brekke") not in pairs(found)
