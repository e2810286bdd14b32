"""A time a fan account "claimed" as a noun ("claimed a spring 2027 release"), or one a sentence
opens by calling hearsay ("Apparently ... filming started in March"), is hedged: what someone
passed on, not what the makers said. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _release(*paragraphs: str) -> set[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-10-20", title="Tollhouse Row: the thread")
    return {
        (r.kind.value, str(r.date or r.window), r.hedged)
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_release_an_account_claimed_is_hedged() -> None:
    assert _release(
        "Tollhouse Row, the drama with Corran Dale, has no release date yet.",
        "One fan account claimed a spring 2027 release, but the channel would not confirm it.",
    ) >= {("window", "2027-03/2027-05", True)}


def test_a_start_told_as_apparently_is_hedged() -> None:
    assert ("filming_started", "2026-03", True) in _release(
        "Tollhouse Row, the drama with Corran Dale, aired on Sunday.",
        "Apparently Dale was cast two weeks before filming started in March, according to one"
        " magazine piece.",
    )


def test_a_plain_start_is_not_hedged() -> None:
    assert ("filming_started", "2026-03", False) in _release(
        "Tollhouse Row, the drama with Corran Dale, aired on Sunday.",
        "Dale was cast two weeks before filming started in March.",
    )
