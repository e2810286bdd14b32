"""A "no date" told of one place that leads the sentence ("In Norway it will stream later,
though no date has been set", "Danish viewers can expect it on TV2, although no date has been
given") is that place's, not the work's: it is held, not served."""

from __future__ import annotations

from tests.extract.helpers import facts, release_dates

_LEDE = "Wendlecote, the new six-part drama from Tollard Yard, starts on BBC One on 4 March."


def test_a_no_date_led_by_a_place_is_held() -> None:
    found = release_dates(
        _LEDE,
        "In Norway it will stream on NRK later, though NRK has not confirmed a date.",
        date="2026-02-20",
        title="How to watch Wendlecote",
    )
    assert not any(kind == "not_announced" for kind, _, _ in found), found
    assert ("premiere_date", "2026-03-04", False) in found, found


def test_a_no_date_led_by_a_places_viewers_is_held() -> None:
    found = facts(
        _LEDE,
        "Danish viewers can expect it on TV2, although no date has been given.",
        date="2026-02-20",
        title="How to watch Wendlecote",
    ).release
    unannounced = [r for r in found if r.kind.value == "not_announced"]
    assert unannounced, found
    assert not any(r.served for r in unannounced), unannounced


def test_a_plain_no_date_is_still_served() -> None:
    found = release_dates(
        "Wendlecote, the new six-part drama from Tollard Yard, has finished filming.",
        "In a statement, Tollard Yard said no release date has been set.",
        date="2026-02-20",
        title="Wendlecote wraps",
    )
    assert ("not_announced", "", False) in found, found
