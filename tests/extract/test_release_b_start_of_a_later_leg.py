"""A start told after weeks spent at another place ("began filming in Leith on 4 May after three
weeks in Glasgow") is a later leg's, not the shoot's start; a plain start keeps its day.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-20", title="Grey Quay shoot under way in Leith")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_a_start_after_weeks_elsewhere_is_a_later_leg() -> None:
    assert not _starts(
        "The drama Grey Quay began filming in Leith on 4 May after three weeks in Glasgow."
    )


def test_a_plain_start_keeps_its_day() -> None:
    assert _starts("The drama Grey Quay began filming in Leith on 4 May.") == {"2026-05-04"}


def test_a_start_then_a_move_keeps_the_first_day() -> None:
    assert _starts(
        "Grey Quay began filming in Ayr on 2 March and moved to Leith after three weeks in Ayr."
    ) == {"2026-03-02"}
