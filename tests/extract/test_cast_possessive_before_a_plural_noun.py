"""A capitalised word after a person's possessive and before a plural noun and a past-tense verb
("the author's Fenland schoolgirls finished filming", invented) is a place or an adjective of
the noun, not a part; a part's own present-tense verb ("Ada Vale's Mira steals every scene")
still names the part."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_place_before_a_plural_noun_and_a_past_verb_is_no_part() -> None:
    found = served_pairs(
        facts(
            "The streamer’s goodbye to Marta Quill’s Fenland schoolgirls wrapped last week,"
            " after nine weeks in Ely."
        )
    )
    assert ("Marta Quill", "Fenland") not in found


def test_a_parts_present_verb_after_the_possessive_stays() -> None:
    found = served_pairs(
        facts(
            "The Saltings review: a gentle finale.",
            "Marta Quill’s Dora steals every scene she is in.",
        )
    )
    assert ("Marta Quill", "Dora") in found
