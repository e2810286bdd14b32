"""'Played by' after a description, on invented text: each part pairs with its own actor."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_part_described_then_played_by_an_actor() -> None:
    for text in (
        "We also meet Oren Kwan, the French postgrad played by Tom Rudd, over coffee.",
        "There is Oren Kwan, a lonely lighthouse keeper played by Tom Rudd.",
    ):
        assert ("Tom Rudd", "Oren Kwan") in pairs(facts("Harbour Lights trailer is out.", text))


def test_played_by_an_epithet_then_the_actor() -> None:
    found = facts(
        "Harbour Lights trailer is out.",
        "And Ivy Doyle, played by TikTok favourite Sara Mint: the sharp sixth-former.",
    )
    assert ("Sara Mint", "Ivy Doyle") in pairs(found)


def test_two_played_by_in_a_row_keep_their_own_actors() -> None:
    for text in (
        "We meet Oren Kwan, played by Tom Rudd, and Ivy Doyle, played by Sara Mint, the sharp "
        "sixth-former.",
        "We also meet Oren Kwan, the French postgrad played by Tom Rudd, and Ivy Doyle, played "
        "by singer Sara Mint.",
    ):
        found = pairs(facts("Harbour Lights trailer is out.", text))
        assert {("Tom Rudd", "Oren Kwan"), ("Sara Mint", "Ivy Doyle")} <= found
        assert ("Sara Mint", "Oren Kwan") not in found


def test_a_two_part_description_before_played_by_stays() -> None:
    found = facts(
        "Harbour Lights trailer is out.",
        "Juno, Ada's sister, a nurse, played by Sara Mint, arrives.",
    )
    assert ("Sara Mint", "Juno") in pairs(found)
