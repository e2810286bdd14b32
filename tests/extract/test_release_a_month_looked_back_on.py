"""A month looked back on ("had hinted at it back in February", told in June) is that February,
gone, not a release window in the February to come, on invented text. A return ("the show
comes back in February") is not looked back on.
"""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Fans react to the Cold Harbour recast"


def _windows(paragraph: str) -> set[str]:
    served = served_releases(paragraph, date="2026-06-03", title=_TITLE)
    return {str(r.window) for r in served if r.kind.value == "window"}


def test_a_hint_back_in_a_month_is_no_window() -> None:
    windows = _windows(
        "One fan pointed out that Ravel had hinted at his exit back in February, when he told a "
        "podcast he was “not sure the character has another series in him”."
    )
    assert "2027-02" not in windows


def test_a_remark_back_in_a_month_is_no_window() -> None:
    windows = _windows("The writer said as much back in March, in an interview with a trade paper.")
    assert "2027-03" not in windows


def test_a_release_in_a_month_still_to_come_is_a_window() -> None:
    windows = _windows("Cold Harbour series two will premiere on Sky Atlantic in February.")
    assert "2027-02" in windows
