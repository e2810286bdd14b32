"""A correction notice's second claim ("We also said filming began on 3 July; it began on 3
August") is overturned like its first: the old date is not served; invented articles."""

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
