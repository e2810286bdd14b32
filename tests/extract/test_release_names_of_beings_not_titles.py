"""A name given to a person, an animal or a thing on set ("The dog is called Pipkin") is not
the work's title; "The film is called ..." still is."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _titles(*paragraphs: str) -> set[str]:
    found = served_releases(*paragraphs, date="2026-02-11", title="A day on the set")
    return {r.title for r in found if r.title}


def test_a_being_or_thing_named_on_set_is_no_title() -> None:
    for line in (
        "The dog, for the record, is called Pipkin, and she hit every mark.",
        "The man who runs the harbour cafe is named Oisin Quellan.",
        "A fisherman waves from the pier. The man is called Rory.",
    ):
        assert _titles("Cameras rolled on the new drama this week.", line) == set(), line


def test_the_work_named_plainly_is_still_read() -> None:
    lines = ("Cameras rolled this week.", "The new drama is called Pellow Skerry, the studio said.")
    assert "Pellow Skerry" in _titles(*lines)
