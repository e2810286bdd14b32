"""A holiday named as the release's slot, with the year after it: "a Halloween release in
2026", "a Christmas launch in 2027" is that month of that year, as "Christmas 2026" is."""

from __future__ import annotations

import re

_HOLIDAY_SLOT = re.compile(
    r"\b(?P<holiday>Christmas|Thanksgiving|Halloween)[ ](?:release|launch|debut|premiere|opening|"
    r"bow|drop|slot)(?:[ ]date)?[ ]$"
)
_MONTHS = {"Christmas": 12, "Thanksgiving": 11, "Halloween": 10}


def holiday_slot(chunk: str, match: re.Match[str], window: str | None) -> str | None:
    """The year narrowed to the holiday's month when a holiday release comes just before it."""
    if window is None or len(window) != 4 or not window.isdigit():
        return window
    if not any(name in chunk for name in _MONTHS):
        return window
    slot = _HOLIDAY_SLOT.search(chunk, max(match.start() - 32, 0), match.start())
    return f"{window}-{_MONTHS[slot['holiday']]:02d}" if slot is not None else window
