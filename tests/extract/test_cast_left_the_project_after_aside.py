"""An actor told in an aside as cast, then as having left the production in the simple past
("X, who was announced as Y in May, stepped away from the project in June"), is Y's former
actor; leaving anything else ("left the premiere early") says nothing of the part."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


def test_stepped_away_from_the_project_is_former() -> None:
    found = facts(
        "Greyhithe cast update.",
        "Sabeth Corriss will play Haska Rooker.",
        "Lisette Fenwright, who was announced as Haska in May, stepped away from the project in "
        "June after her stage play secured a transfer.",
    )
    statuses = served_statuses(found)
    assert statuses[("Lisette Fenwright", "Haska Rooker")] is CastStatus.FORMER
    assert statuses[("Sabeth Corriss", "Haska Rooker")] is CastStatus.CURRENT


def test_dropped_out_of_the_film_is_former() -> None:
    found = facts(
        "Greyhithe cast update.",
        "Sabeth Corriss will play Haska Rooker.",
        "Lisette Fenwright, who was first cast as Haska, dropped out of the film in June.",
    )
    assert served_statuses(found)[("Lisette Fenwright", "Haska Rooker")] is CastStatus.FORMER


def test_leaving_an_event_keeps_the_part() -> None:
    found = facts(
        "Greyhithe premiere report.",
        "Lisette Fenwright, who plays Haska Rooker, left the premiere early to catch a train.",
    )
    assert served_statuses(found) == {("Lisette Fenwright", "Haska Rooker"): CastStatus.CURRENT}


def test_stepping_away_from_a_crowd_keeps_the_part() -> None:
    found = facts(
        "Greyhithe premiere report.",
        "Lisette Fenwright, who plays Haska Rooker, stepped away from the crowd to sign "
        "autographs.",
    )
    assert served_statuses(found) == {("Lisette Fenwright", "Haska Rooker"): CastStatus.CURRENT}
