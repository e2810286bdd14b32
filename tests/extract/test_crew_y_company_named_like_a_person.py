"""A producer credit whose name ends in a place's or a trade's noun that is no one's surname
("produced by Gannet Point", "by Owl Fiction") names a production company, not a person: held.
A producer with a person's surname stays served."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_LEDE = "Brinemoor, a six-part coastal thriller, comes to ITV this autumn."


def test_a_headland_named_company_is_no_producer() -> None:
    crew = served_crew(
        _LEDE,
        "It is produced by Gannet Point, with Hester Vane executive producing.",
    )
    assert ("producer", "Gannet Point") not in crew
    assert ("executive_producer", "Hester Vane") in crew


def test_a_trade_named_company_is_no_producer() -> None:
    crew = served_crew(_LEDE, "The series is produced by Owl Fiction for ITV.")
    assert ("producer", "Owl Fiction") not in crew


def test_a_person_producer_stays() -> None:
    crew = served_crew(_LEDE, "It is produced by Hester Vane, with Tom Quell directing.")
    assert ("producer", "Hester Vane") in crew
