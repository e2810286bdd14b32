"""A numbered channel in a list of producers ("with A and Channel 5’s B") and an author's book a
scene only points to ("the bridge to X’s first novel") (invented sentences, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Larkmoor films in Cornwall next year."


def test_a_numbered_channels_person_is_the_executive_producer() -> None:
    found = facts(
        _LEDE, "Ruth Penwarden executive produces with Hal Verity and Channel 5’s Mirren Olde."
    )
    assert ("executive_producer", "Mirren Olde") in credits(found)
    assert not any(name.startswith("Channel") for _, name in credits(found))


def test_a_numbered_channel_itself_is_no_producer() -> None:
    found = facts(_LEDE, "Ruth Penwarden executive produces with Hal Verity and Channel 5.")
    assert ("executive_producer", "Hal Verity") in credits(found)
    assert not any(name.startswith("Channel") for _, name in credits(found))


def test_a_book_a_scene_is_the_bridge_to_gives_no_author() -> None:
    found = facts(
        _LEDE,
        "Wenna's sister has always been the bridge to Ysella Caddow's first novel, and we're "
        "choosing to believe this shot is a nod to it.",
    )
    assert ("author", "Ysella Caddow") not in credits(found)


def test_a_nod_to_an_authors_early_comics_gives_no_author() -> None:
    found = facts(_LEDE, "The pier scene is a nod to Ysella Caddow's early comics.")
    assert ("author", "Ysella Caddow") not in credits(found)


def test_a_film_adapted_from_the_authors_first_novel_keeps_the_author() -> None:
    found = facts(_LEDE, "The film is adapted from Ysella Caddow's first novel.")
    assert ("author", "Ysella Caddow") in credits(found)
