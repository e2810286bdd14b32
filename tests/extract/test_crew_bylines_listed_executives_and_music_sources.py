"""A byline near the top ("Written by Jo Reyes", with a nickname, a desk or a date) names the
article's reporter, never a screenwriter; "X produces for Y, with A and B among the executive
producers" credits A and B as executive producers; "The music comes from X" credits a composer
only when X is shown to be a person."""

from __future__ import annotations

from tests.extract.helpers import credits, facts, served_credits


def test_a_byline_under_the_headline_credits_no_writer() -> None:
    found = facts(
        "Cameras are rolling on Tallow Bay in Cork.",
        "Written by Orla “Ollie” Brennan-Kaye",
        "Tallow Bay, directed by Henrik Osei, began filming on Monday.",
        title="Tallow Bay begins filming in Cork",
    )
    assert ("director", "Henrik Osei") in credits(found)
    assert not any(name.startswith("Orla") for _, name in credits(found))
    found = facts(
        "A first look at Salt Orchard arrives.",
        "Written By: Tomasz Wilk-Adebayo, Senior Film Editor",
        "Salt Orchard, from a script by Ines Marlowe, opens in October.",
        title="Salt Orchard first look",
    )
    assert ("writer", "Ines Marlowe") in credits(found)
    assert ("writer", "Tomasz Wilk-Adebayo") not in credits(found)


def test_a_written_by_line_in_a_credits_block_keeps_its_credit() -> None:
    found = facts(
        "Lumen Yard announces Salt Orchard.",
        "Written by Ines Marlowe",
        "Directed by Henrik Osei",
        title="Salt Orchard announced",
    )
    assert {("writer", "Ines Marlowe"), ("director", "Henrik Osei")} <= credits(found)


def test_names_with_a_producer_among_the_executive_producers_are_executive_producers() -> None:
    found = facts(
        "Salt Orchard adds producers.",
        "Ines Marlowe produces for Lumen Yard, with Vale, Marsh and Quint among the executive "
        "producers.",
        "Ada Vale, Bram Marsh and Ivo Quint star.",
        title="Salt Orchard adds producers",
    )
    assert ("producer", "Ines Marlowe") in credits(found)
    for name in ("Ada Vale", "Bram Marsh", "Ivo Quint"):
        assert ("executive_producer", name) in credits(found)
        assert ("producer", name) not in credits(found)
    found = facts(
        "Tallow Bay is go.",
        "Petra Lindqvist is producing for Harbour Nine, with Omar Dace and Lena Firth serving as "
        "executive producers.",
        title="Tallow Bay is go",
    )
    assert {("executive_producer", "Omar Dace"), ("executive_producer", "Lena Firth")} <= credits(
        found
    )
    assert ("producer", "Omar Dace") not in credits(found)


def test_music_from_a_name_not_shown_to_be_a_person_is_held() -> None:
    found = facts(
        "Tallow Bay wrapped in May.",
        "The music comes from Mamma Mia.",
        title="Tallow Bay wraps",
    )
    assert ("composer", "Mamma Mia") not in served_credits(found)
    found = facts(
        "Tallow Bay wrapped in May.",
        "The music comes from Oren Blix, whose last score won a prize.",
        title="Tallow Bay wraps",
    )
    assert ("composer", "Oren Blix") in served_credits(found)
    found = facts(
        "Tallow Bay wrapped in May.",
        "Music came from Velvet Harbour.",
        title="Tallow Bay wraps",
    )
    assert ("composer", "Velvet Harbour") not in served_credits(found)


def test_a_story_sentence_opening_written_by_keeps_its_credits() -> None:
    found = facts(
        "Lumen Yard dates Salt Orchard.",
        "Written by Ines Marlowe and directed by Henrik Osei, Salt Orchard follows two sisters.",
        title="Salt Orchard dated",
    )
    assert {("writer", "Ines Marlowe"), ("director", "Henrik Osei")} <= credits(found)
    found = facts(
        "Lumen Yard dates Salt Orchard.",
        "Written by Ines Marlowe, based on her novel, Salt Orchard opens in May.",
        title="Salt Orchard dated",
    )
    assert ("writer", "Ines Marlowe") in credits(found)


def test_a_written_by_line_above_a_starring_line_keeps_its_credit() -> None:
    found = facts(
        "Lumen Yard announces Salt Orchard.",
        "Written by Ines Marlowe",
        "Starring Ada Vale and Bram Marsh",
        title="Salt Orchard announced",
    )
    assert ("writer", "Ines Marlowe") in credits(found)
