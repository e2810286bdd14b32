"""A transcript's note that the interview was broadcast on a day ("an edited transcript of an
interview broadcast on ...") dates the programme, not the film. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-10", title="Tallow Pier: the director talks")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_talk_aired_after_of_or_from_is_the_programmes_day() -> None:
    assert not _premieres(
        "The following is an edited transcript of an interview broadcast on Monday 9 February"
        " on Harbour FM’s Reel Talk.",
        "Tallow Pier is the new film from Ida Marsh.",
    )
    assert not _premieres(
        "These are extracts from a conversation aired on Sunday 8 February on Coast Radio.",
        "Tallow Pier is the new film from Ida Marsh.",
    )


def test_the_film_arriving_on_a_day_is_still_its_premiere() -> None:
    assert _premieres(
        "Ida Marsh’s Tallow Pier will be broadcast on Channel 9 on Sunday 15 March.",
    ) == {"2026-03-15"}
