"""The source's maker told in an aside: "X, who created the story as a webcomic" (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_who_created_the_story_as_a_webcomic_is_the_author() -> None:
    found = facts(
        "Copper Tide premieres in June.",
        "Juno Marsh, who created the story as a webcomic in 2017 and wrote the script, is here.",
    )
    assert ("author", "Juno Marsh") in credits(found)
    assert ("writer", "Juno Marsh") in credits(found)


def test_who_first_drew_the_characters_as_a_comic_is_the_author() -> None:
    found = facts(
        "Copper Tide premieres in June.",
        "Ravi Menon, who first drew the characters as a comic, is producing.",
    )
    assert ("author", "Ravi Menon") in credits(found)


def test_starting_out_as_a_comic_artist_is_no_work() -> None:
    found = facts("Copper Tide premieres in June.", "Ravi Menon started as a comic artist in Pune.")
    assert ("author", "Ravi Menon") not in credits(found)
