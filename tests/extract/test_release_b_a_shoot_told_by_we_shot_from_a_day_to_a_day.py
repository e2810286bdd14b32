"""A past shoot told by a pronoun and its verb straight before a span of days ("We shot from 4
April to 30 May", "They filmed in Wexford between ...") began on the first day and wrapped on the
last. A scene filmed over days ("they filmed the storm scenes from ...") is part of the shoot,
not its span. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "The sound recordist of Larchmere on the long nights"


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2025-12-01", title=_HEADLINE)
    return {(r.kind.value, str(r.date)) for r in found.release if r.served and r.date}


def test_we_shot_from_a_day_to_a_day_is_the_shoots_span() -> None:
    served = _served(
        "Larchmere is a three-part drama for Channel 4.",
        "We shot from 4 April to 30 May, mostly at night, and the rain never stopped.",
    )
    assert ("filming_started", "2025-04-04") in served
    assert ("filming_wrapped", "2025-05-30") in served


def test_they_filmed_at_a_place_between_two_days_is_the_shoots_span() -> None:
    served = _served(
        "Larchmere is a three-part drama for Channel 4.",
        "They filmed in Wexford between 4 April and 30 May with a crew of forty.",
    )
    assert ("filming_started", "2025-04-04") in served
    assert ("filming_wrapped", "2025-05-30") in served


def test_a_scene_filmed_over_days_is_not_the_shoots_span() -> None:
    served = _served(
        "Larchmere is a three-part drama for Channel 4.",
        "They filmed the flood scenes from 4 April to 30 May in a tank in Essex.",
    )
    assert ("filming_started", "2025-04-04") not in served
    assert ("filming_wrapped", "2025-05-30") not in served
