"""An awards race, a listing or a round-up names a rival work's player by the work: its
possessive ("Brass Ferry's Ada Vale, who plays ..."), its maker's gloss then an aside ("Tom
Reed's polar epic Whiteout, with Ada Vale as ..."), or its listing bracket then a gloss
("Whiteout (Tuesday), a thriller starring Ada Vale as ..."). Those are that work's cast; the
article's own work's players stay."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Drama awards: Lantern Row leads the nominations"


def test_a_rival_works_possessive_player_is_not_served() -> None:
    found = facts(
        "Lantern Row earned six nominations on Tuesday.",
        "Mina Costa plays Hester Lyle in Lantern Row.",
        "In the lead actress race, Costa faces The Brass Ferry's Juno Varga, who plays harbour"
        " pilot Edith Crane, and last year's winner Pia Rowe.",
        title=_TITLE,
    )
    assert ("Juno Varga", "Edith Crane") not in served_pairs(found)
    assert ("Mina Costa", "Hester Lyle") in served_pairs(found)


def test_our_works_possessive_player_is_served() -> None:
    found = facts(
        "Lantern Row earned six nominations on Tuesday.",
        "Lantern Row's Juno Varga, who plays harbour pilot Edith Crane, is the favourite.",
        title=_TITLE,
    )
    assert ("Juno Varga", "Edith Crane") in served_pairs(found)


def test_a_makers_glossed_rival_with_its_player_is_not_served() -> None:
    found = facts(
        "Lantern Row earned six nominations on Tuesday.",
        "Mina Costa plays Hester Lyle in Lantern Row.",
        "The competition is stiff. Tove Brandt's polar epic Whiteout, with Oskar Lind as Captain"
        " Henrik Moe, has the budget, and opens on 26 December.",
        title=_TITLE,
    )
    assert ("Oskar Lind", "Captain Henrik Moe") not in served_pairs(found)
    assert ("Mina Costa", "Hester Lyle") in served_pairs(found)


def test_a_listing_bracket_then_a_gloss_starring_is_not_served() -> None:
    found = facts(
        "Lantern Row returns on Friday.",
        "Mina Costa plays Hester Lyle in Lantern Row.",
        "Also new this week: Hulu's Whiteout (Tuesday), a polar thriller starring Oskar Lind as"
        " Captain Henrik Moe; and ITV's Kettle (Sunday).",
        title="What's on TV this week: Lantern Row returns",
    )
    assert ("Oskar Lind", "Captain Henrik Moe") not in served_pairs(found)
    assert ("Mina Costa", "Hester Lyle") in served_pairs(found)


def test_a_persons_or_places_possessive_is_no_other_work() -> None:
    found = facts(
        "Lantern Row earned six nominations on Tuesday.",
        "Ned Holt co-stars as Mira's brother Callum, with Juno Varga as their mother, Edith.",
        "Dara Quill plays Osric Penn, with Wales's Pia Rowe as Nell.",
        title=_TITLE,
    )
    assert ("Juno Varga", "Edith") in served_pairs(found)
    assert ("Pia Rowe", "Nell") in served_pairs(found)
