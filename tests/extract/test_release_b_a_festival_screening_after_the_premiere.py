"""A film's own past screening, the nearest verb before its day ("which premiered on Lumen on 17
April, screened on Saturday 10 October as part of the festival's strand"), dates a showing, not
the release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-10-11")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_screening_day_is_no_premiere() -> None:
    found = _premieres(
        "Brimwater Lane got its first big-screen outing at the festival this weekend.",
        "Brimwater Lane, which premiered on Lumen on 17 April, screened on Saturday 10 October "
        "as part of the festival's Family strand.",
    )
    assert "2026-10-10" not in found


def test_a_broadcast_told_in_the_passive_keeps_its_day() -> None:
    found = _premieres(
        "Brimwater Lane, the new Corranbeg drama, has a date.",
        "Brimwater Lane will be screened on BBC Two on Saturday 17 October.",
    )
    assert found == {"2026-10-17"}
