""" "Tucked away under the film's page is a making-of called Wrenfield: The Last Day": the name
of a piece made beside the work (a making-of, a featurette, a behind-the-scenes special) is not
the work's title, even when it starts with the work's name. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _titles(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-04-20", title="Exclusive: Wrenfield first look")
    return {str(r.title) for r in found.release if r.served and r.kind.value == "title"}


def test_a_side_piece_named_after_the_work_is_not_its_title() -> None:
    assert not _titles(
        "Wrenfield has been on Netflix since Friday, and under the film's page is a 40-minute "
        "making-of called Wrenfield: The Last Day."
    )
    assert not _titles(
        "Wrenfield comes with a behind-the-scenes special titled Wrenfield: Salt and Stone."
    )


def test_the_work_named_with_its_subtitle_stays_a_title() -> None:
    assert _titles(
        "Wrenfield has been on Netflix since Friday. Netflix's new drama, "
        "Wrenfield: The Long Tide, is out now."
    ) == {"Wrenfield: The Long Tide"}
