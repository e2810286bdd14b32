"""A day named right after the noun "date" is when a date may be told, not the release."""

from __future__ import annotations

import pytest

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


@pytest.mark.parametrize(
    "asked",
    [
        "Last question from the audience: will there be a release date today?",
        "Fans had hoped for a premiere date on Friday, but none came.",
    ],
)
def test_a_day_after_the_noun_date_is_not_the_release(asked: str) -> None:
    found = facts(
        "The Gorse Lantern panel drew a full hall at the convention.",
        asked,
        "A spokesperson confirmed no release date has been set.",
        date="2026-03-04",
    )
    kinds = {r.kind for r in found.release if r.served}
    assert ReleaseKind.PREMIERE_DATE not in kinds
    assert ReleaseKind.NOT_ANNOUNCED in kinds


def test_a_day_after_the_verb_stays_the_release() -> None:
    found = facts(
        "Gorse Lantern arrives on the streamer on Friday.",
        date="2026-03-04",
    )
    days = [r.date for r in found.release if r.kind is ReleaseKind.PREMIERE_DATE and r.served]
    assert [d.isoformat() for d in days if d] == ["2026-03-06"]
