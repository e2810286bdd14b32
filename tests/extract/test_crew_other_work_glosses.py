"""Another work's crew told in a gloss on it: "Tin Boys, the Lowmoor series created by X and Y"
and "the documentary “Die Stille” by Swiss director X" credit that work, not the article's;
the article's own work glossed the same way keeps its credit (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Orchard Hours: the Lisbon press on the new season"


def test_a_glossed_other_series_creators_are_not_ours() -> None:
    found = served_crew(
        "Orchard Hours returns on Friday for a second season.",
        "In Portugal, Orchard Hours is often compared with Marés, the Lowmoor series created by"
        " Tiago Serrão and Inês Mota, though the tone differs.",
        title=_TITLE,
    )
    assert ("creator", "Tiago Serrão") not in found
    assert ("creator", "Inês Mota") not in found


def test_a_quoted_documentary_by_a_director_is_not_ours() -> None:
    found = served_crew(
        "Orchard Hours returns on Friday for a second season.",
        "In Swiss cinemas, meanwhile, the documentary “Die Stille” by Swiss director Nadia"
        " Amsler starts on 30 April.",
        title=_TITLE,
    )
    assert ("director", "Nadia Amsler") not in found


def test_our_own_series_glossed_keeps_its_creator() -> None:
    found = served_crew(
        "Orchard Hours returns on Friday for a second season.",
        "Orchard Hours, the Lowmoor series created by Tiago Serrão, was a surprise hit.",
        title=_TITLE,
    )
    assert ("creator", "Tiago Serrão") in found
