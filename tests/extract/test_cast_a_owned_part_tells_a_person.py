"""A part after its actor's possessive that tells or asks a person ("Bryn Tallis's Orla tells
Cal ...", "... asks him to stay") is a part in a scene; "tells the story" or "tells Cal's story"
is what a work does, and casts no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Harrowgate Deep trailer: five things we spotted"
_LEDE = "The first trailer for Harrowgate Deep, the new coastal drama, dropped this morning."


def test_a_part_telling_or_asking_a_person_is_cast() -> None:
    for sentence in (
        "In the opening shot, Bryn Tallis’s Orla tells Cal, “Don’t wait up,” and slams a door.",
        "Later Bryn Tallis’s Orla quietly asks him to stay.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert ("Bryn Tallis", "Orla") in found, sentence


def test_a_work_telling_a_story_casts_no_one() -> None:
    for sentence in (
        "Bryn Tallis’s Saltmarsh tells the story of a lighthouse keeper.",
        "Bryn Tallis’s Saltmarsh tells Cal’s story in reverse.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert ("Bryn Tallis", "Saltmarsh") not in found, sentence
