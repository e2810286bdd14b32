"""A maker named by what they are busy with on another named work ("X, who is directing the
next Tin Lane film, ...") holds no post on ours; a clause on our own work keeps the credit."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Quillhaven film: still no date from Streamly"
LEDE = "Streamly has still not dated the Quillhaven film, which Ada Vale directs."


def test_who_is_directing_the_next_other_film_drops_the_director() -> None:
    found = facts(
        LEDE,
        "Vela says nothing is decided, and Rory Blane, who is directing the next Tin Lane film, "
        "has said nothing either.",
        title=TITLE,
    )
    assert ("director", "Rory Blane") not in credits(found)


def test_who_was_directing_another_film_drops_the_director() -> None:
    found = facts(
        LEDE,
        "Critics point to Kai Moss, who was directing another Tin Lane film at the time.",
        title=TITLE,
    )
    assert ("director", "Kai Moss") not in credits(found)
    assert ("director", "Ada Vale") in credits(found)


def test_who_is_directing_our_own_film_keeps_the_director() -> None:
    found = facts(
        LEDE,
        "Rory Blane, who is directing the new Quillhaven film, says the shoot went well.",
        title=TITLE,
    )
    assert ("director", "Rory Blane") in credits(found)
