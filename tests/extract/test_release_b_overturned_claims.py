"""A correction notice's second claim ("We also said filming began on 3 July; it began on 3
August") is overturned like its first, so the old date is not served; a slot "around Easter next
year" is March to April of that year; invented articles."""

from __future__ import annotations

from tests.extract.helpers import facts


def served(*paragraphs: str) -> list[tuple[str, object]]:
    found = facts(*paragraphs, date="2026-08-20", title=None)
    return [(r.kind.value, r.window or r.date) for r in found.release if r.served]


def test_a_notices_also_said_shoot_date_is_not_served() -> None:
    found = served(
        "Filming on Quarrybeck, a four-part drama, has moved into the harbour town.",
        "Filming on the moors began on 3 August and is expected to finish in October.",
        "Correction: An earlier version of this article misspelt the director's name. We also"
        " said filming began on 3 July; it began on 3 August. We apologise for the errors.",
    )
    started = [when for kind, when in found if kind == "filming_started"]
    assert [str(when) for when in started] == ["2026-08-03"]


def test_a_shoot_date_outside_a_notice_stays() -> None:
    found = served(
        "Filming on Quarrybeck, a four-part drama, has moved into the harbour town.",
        "We also said hello to the crew: filming began on 3 August, a runner told us.",
    )
    assert [str(when) for kind, when in found if kind == "filming_started"] == ["2026-08-03"]


def test_a_hoped_easter_next_year_is_march_to_april() -> None:
    for sentence in (
        "One insider said Wellsmere could land “around Easter” next year.",
        "A source said Wellsmere could arrive around Easter next year.",
    ):
        found = facts(sentence, date="2025-08-01", title=None)
        windows = [(r.window, r.hedged) for r in found.release if r.served and r.window]
        assert windows == [("2026-03/2026-04", True)], sentence


def test_a_shoot_bound_before_easter_is_not_the_slot() -> None:
    found = facts("Wellsmere will be out next year, well before Easter.", date="2025-08-01")
    assert [r.window for r in found.release if r.served and r.window] == ["2026"]
