"""A dashed list under a "CAST" header is read the way the article's words about its names point:
the story "follows" a part, a crew credit line or a quote's speaker is a person. With no such
evidence, or evidence both ways, the whole list is held, never guessed."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_part_first_list_settled_by_what_the_story_follows() -> None:
    found = facts(
        "Paramount today dated Lantern Street for 2 October.",
        "Directed by Ilse Varga, Lantern Street follows Maud Fairley and Eli Rusk through one "
        "long winter in a mill town.",
        "CAST",
        "Maud Fairley – Hana Okoro",
        "Eli Rusk – Tomasz Bielak",
        "Violet Crane – Sunniva Dahl",
    )
    assert ("Hana Okoro", "Maud Fairley") in served_pairs(found)
    assert ("Tomasz Bielak", "Eli Rusk") in served_pairs(found)
    assert ("Sunniva Dahl", "Violet Crane") in served_pairs(found)
    assert ("Maud Fairley", "Hana Okoro") not in pairs(found)


def test_a_part_first_list_settled_by_a_crew_credit_line() -> None:
    found = facts(
        "The streamer revealed the first images from Cinder Bay on Monday.",
        "Cast",
        "Rosa Lindqvist - Amara Quayle",
        "Jonah Pike - Felix Arden",
        "Crew",
        "Director: Beata Sowa",
        "Executive Producers: Lorcan Healy, Amara Quayle",
    )
    assert ("Amara Quayle", "Rosa Lindqvist") in served_pairs(found)
    assert ("Felix Arden", "Jonah Pike") in served_pairs(found)
    assert ("Rosa Lindqvist", "Amara Quayle") not in pairs(found)


def test_a_list_with_no_evidence_of_its_direction_is_held() -> None:
    found = facts(
        "The studio revealed the first images from Cinder Bay on Monday.",
        "CAST",
        "Rosa Lindqvist – Amara Quayle",
        "Jonah Pike – Felix Arden",
    )
    assert not served_pairs(found)


def test_a_list_whose_evidence_points_both_ways_is_held() -> None:
    found = facts(
        "Cinder Bay follows Rosa Lindqvist through a summer on the coast.",
        '"It was a joy," said Jonah Pike.',
        "CAST",
        "Rosa Lindqvist – Amara Quayle",
        "Jonah Pike – Felix Arden",
    )
    assert not served_pairs(found)
