"""A date no one is named as having set ("neither broadcaster has confirmed a date", "no
streamer has announced a release date") is not announced; a date of something else no one
confirmed ("the date of the gala") is not the release's. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(sentence: str) -> set[str]:
    found = facts("Tollhouse Row has recast a role.", sentence, date="2025-11-04")
    return {r.kind.value for r in found.release if r.served}


def test_a_date_neither_party_confirmed_is_not_announced() -> None:
    for sentence in (
        "Tollhouse Row will air in 2026, although neither broadcaster has confirmed a date.",
        "Neither channel has yet confirmed a transmission date.",
        "No streamer has announced a release date.",
    ):
        assert "not_announced" in _kinds(sentence), sentence


def test_another_events_date_is_not_the_release() -> None:
    assert "not_announced" not in _kinds(
        "Neither Sky nor the BBC has confirmed the date of the Tollhouse Row gala."
    )
