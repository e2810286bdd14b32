"""A release expected on a channel whose name ends in a number ("is expected on Channel 5 in
2026") is the same hope as one expected on any other channel."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


def test_a_release_expected_on_a_numbered_channel_is_a_hedged_window() -> None:
    for sentence in (
        "The series is expected on Channel 5 in 2027.",
        "Copper Bay is expected on Channel 5 in 2027.",
        "Filming is set for Hull, and the series is expected on Channel 5 and My5 in 2027.",
    ):
        found = release_kinds(sentence, date="2026-06-12", title=_TITLE)
        assert ("window", "2027", True) in found, sentence


def test_another_works_expected_channel_stays_out() -> None:
    found = release_kinds(
        "Another series is expected on Channel 5 in 2027.", date="2026-06-12", title=_TITLE
    )
    assert not any(kind == "window" for kind, _, _ in found)
