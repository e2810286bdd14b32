"""A work that "scored" nominations or a hit is no composer, and "the X-directed film" right
after a sentence naming another work credits that work (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_crew


def test_a_title_that_scored_nominations_is_no_composer() -> None:
    found = facts(
        "Apple’s Copper Lantern has scored nine nominations at this year’s Harbour Film Prizes.",
        title="Copper Lantern leads the Harbour Film Prizes",
    )
    assert not {c for c in credits(found) if c[0] == "composer"}


def test_a_show_that_scored_a_hit_or_big_ratings_is_no_composer() -> None:
    found = facts(
        "Tide Markers scored a surprise hit for the network last spring.",
        "The drama Glass Orchard scored big with teenage viewers, too.",
        title="Tide Markers returns",
    )
    assert not {c for c in credits(found) if c[0] == "composer"}


def test_a_composer_who_scored_the_film_is_still_credited() -> None:
    found = facts(
        "Tide Markers is back for a second series.",
        "Ines Halloran scored the film, and returns for the new episodes.",
        title="Tide Markers returns",
    )
    assert ("composer", "Ines Halloran") in credits(found)


def test_the_fused_credit_after_a_rival_named_by_its_owner_is_held() -> None:
    served = served_crew(
        "Salt Meadow opened at number one with $12 million.",
        "In third place was Lumen’s western Dry Creek Road, down 40%. "
        "The Petra Lindqvist-directed film stars Omar Feld as a rancher.",
        title="Salt Meadow tops the box office",
    )
    assert ("director", "Petra Lindqvist") not in served


def test_the_fused_credit_after_a_rival_named_by_its_genre_is_held() -> None:
    served = served_crew(
        "Salt Meadow leads the streaming chart this week.",
        "Close behind is the thriller Night Pier. "
        "The Dara Quill-written drama has topped the chart in nine countries.",
        title="Salt Meadow leads the chart",
    )
    assert ("writer", "Dara Quill") not in served


def test_the_fused_credit_after_our_own_film_is_served() -> None:
    served = served_crew(
        "Salt Meadow opened at number one with $12 million.",
        "Lumen’s western Salt Meadow had a strong Saturday. "
        "The Petra Lindqvist-directed film stars Omar Feld as a rancher.",
        title="Salt Meadow tops the box office",
    )
    assert ("director", "Petra Lindqvist") in served


def test_a_title_that_scored_its_biggest_opening_is_no_composer() -> None:
    found = facts(
        "Lumen’s Copper Lantern scored the biggest opening of the year on Friday.",
        title="Copper Lantern tops the box office",
    )
    assert not {c for c in credits(found) if c[0] == "composer"}


def test_a_composer_who_scored_its_first_season_is_credited() -> None:
    found = facts(
        "Tide Markers is back for a second series.",
        "Ines Halloran, who scored its first season, returns for the new episodes.",
        title="Tide Markers returns",
    )
    assert ("composer", "Ines Halloran") in credits(found)
