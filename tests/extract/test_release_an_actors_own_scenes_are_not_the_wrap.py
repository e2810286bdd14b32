"""Actors finishing their own scenes ("finished filming their scenes in May") is not the
shoot's wrap: that month is served neither as the wrap nor the start, while the production's
own wrap in the same sentence still is. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _wraps(lede: str) -> set[str]:
    found = facts(lede, "The cast shared photos from the set.", date="2025-11-20")
    return {
        str(r.date or r.window)
        for r in found.release
        if r.served and r.kind.value == "filming_wrapped"
    }


def test_an_actors_own_scenes_ending_is_not_the_wrap() -> None:
    for lede in (
        "The two leads finished filming their scenes for Tarn Weavers in August, shortly "
        "before the shoot wrapped in September.",
        "Oriel Dunstan completed shooting her scenes on Tarn Weavers in August; the shoot "
        "wrapped in September.",
    ):
        wraps = _wraps(lede)
        assert "2025-08" not in wraps, lede
        assert "2025-09" in wraps, lede


def test_the_productions_own_wrap_month_is_still_served() -> None:
    assert _wraps("Filming on Tarn Weavers finished in August.") == {"2025-08"}
