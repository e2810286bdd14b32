"""A window booked for the shoot in a "with" phrase ("with filming pencilled in for autumn 2027")
is a planned start of filming, not a release window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay tops the chart"


def test_a_window_booked_for_filming_is_a_planned_shoot() -> None:
    for sentence in (
        "A second run is not confirmed, though one producer said scripts exist, with filming "
        "pencilled in for autumn 2027 if the channel agrees.",
        "One insider told us the scripts were ready, with cameras pencilled in for autumn 2027.",
        "No renewal yet, but sources say the scripts are done, with the shoot pencilled in for "
        "autumn 2027.",
    ):
        found = release_kinds(sentence, date="2026-11-20", title=_TITLE)
        assert ("filming_planned", "2027-09/2027-11", True) in found, (sentence, found)
        assert not any(kind == "window" for kind, _, _ in found), (sentence, found)


def test_a_release_pencilled_in_stays_a_window() -> None:
    sentence = "Scripts are done, with a release pencilled in for autumn 2027."
    found = release_kinds(sentence, date="2026-11-20", title=_TITLE)
    assert ("window", "2027-09/2027-11", True) in found, found
