"""A release slot the platform is reported to be aiming at, the time after the slot's noun ("the
streamer is understood to be eyeing a slot in 2026"), is a hedged window; a slot for something
else ("eyeing a date for the trailer") gives none."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Brindlecombe adds two to its cast"


def test_a_reported_aim_at_a_slot_gives_a_hedged_window() -> None:
    kinds = release_kinds(
        "Brindlecombe has added two actors to its cast.",
        "Netflix has not set a release date, though the streamer is understood to be eyeing a"
        " slot in 2026.",
        date="2025-07-20",
        title=_TITLE,
    )
    assert ("window", "2026", True) in kinds


def test_an_aim_at_a_trailers_date_gives_no_window() -> None:
    kinds = release_kinds(
        "Brindlecombe has added two actors to its cast.",
        "The streamer is understood to be eyeing a slot in 2026 for the trailer.",
        date="2025-07-20",
        title=_TITLE,
    )
    assert not {kind for kind in kinds if kind[0] == "window"}
