"""A start told in the present in a span not yet over ("filming starts this summer" in June)."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Quarry Hill gets a director"


def test_a_present_start_in_a_span_still_running_is_a_plan() -> None:
    found = release_kinds("Filming starts this summer in Bath.", date="2026-06-10", title=_TITLE)
    assert ("filming_planned", "2026-06/2026-08", False) in found
    assert not any(kind == "filming_started" for kind, _, _ in found)


def test_a_past_start_in_the_same_span_is_a_start() -> None:
    found = release_kinds("Filming started this summer in Bath.", date="2026-07-10", title=_TITLE)
    assert not any(kind == "filming_planned" for kind, _, _ in found)
