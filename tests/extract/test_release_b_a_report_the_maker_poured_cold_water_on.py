"""A report the makers knock down before telling it ("poured cold water on reports that it
would open in June", "played down claims that it lands in March") states no time; a time the
makers give themselves in such a sentence still stands. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Harrowgate Lights: the latest"
_LEDE = "The Tyneside romance Harrowgate Lights has finished its edit, its producers say."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-02-03", title=_TITLE)


def test_reports_the_studio_poured_cold_water_on_give_no_window() -> None:
    assert ("window", "2026-06", False) not in _found(
        "The studio has poured cold water on reports that Harrowgate Lights would open in June."
    )


def test_claims_the_streamer_played_down_give_no_window() -> None:
    assert ("window", "2026-03", False) not in _found(
        "Streamly played down claims that Harrowgate Lights lands in March."
    )


def test_the_makers_own_window_is_still_served() -> None:
    assert ("window", "2026-06", False) in _found(
        "The studio has confirmed that Harrowgate Lights will open in June."
    )
