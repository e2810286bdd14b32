"""A wrap told after a short label and colon ("Confirmed: the shoot finished last week") or by
the work under its channel's possessive ("ITV's Marram Point wrapped last week") is still the
shoot's wrap; another work's wrap stays out. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2025-11-19", title="Marram Point is done")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"}


def test_a_wrap_after_a_label_is_the_shoot() -> None:
    assert _wraps("Confirmed: production on Marram Point ended last week.") == {"2025-11"}
    assert _wraps("It's official: Marram Point wrapped last week in Oban.") == {"2025-11"}


def test_a_wrap_under_the_channels_possessive_is_the_shoot() -> None:
    assert _wraps("ITV’s Marram Point finished shooting this week.") == {"2025-11"}


def test_another_works_wrap_after_the_channel_stays_out() -> None:
    assert not _wraps(
        "Marram Point returns in spring.", "ITV’s Salt Lantern finished shooting this week."
    )
