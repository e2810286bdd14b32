"""A part given by its first name ("Ada (Rin Soto)") is not filled out with a star's full name
the review names for another work ("a romance starring Ada Crane", "with Ada Crane as a shy
teen"); a full name of the part told plainly still fills it out (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Review: Larkhollow Forever"
_LEDE = "Larkhollow Forever is a fond farewell."


def _cast(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_stars_name_from_another_work_does_not_fill_out_the_part() -> None:
    for paragraph in (
        "Comparisons with Tin Hearts, a 2018 romance starring Ada Crane, are inevitable.",
        "Comparisons with Tin Hearts, a 2018 film with Ada Crane as a shy teen, miss the point.",
    ):
        cast = _cast("The film picks up with Ada (Rin Soto) leaving for college.", paragraph)
        assert ("Rin Soto", "Ada Crane") not in cast, paragraph
        assert ("Rin Soto", "Ada") in cast, paragraph


def test_a_parts_full_name_told_plainly_still_fills_it_out() -> None:
    cast = _cast(
        "The film picks up with Ada (Rin Soto) leaving for college.",
        "Ada Crane has always been the heart of the show.",
    )
    assert ("Rin Soto", "Ada Crane") in cast
