"""A part fronted with "Playing" before "is" and its actor ("Playing the ferryman's niece Orla is
newcomer Bryony Talland") casts the actor after "is"; a denial, a guess, a possessive or a
partner word after "Playing" casts no one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Everything we know about Harrowgate Deep"
_LEDE = "Harrowgate Deep, the new coastal drama, starts filming in Fife next month."


def test_a_part_fronted_with_playing_casts_the_name_after_is() -> None:
    for sentence in (
        "Playing the ferryman's niece Orla is 20-year-old newcomer Bryony Talland.",
        "Playing Orla is Bryony Talland, the youngest of the ensemble.",
        "Portraying Orla will be Scottish actor Bryony Talland, who trained in Glasgow.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert ("Bryony Talland", "Orla") in served_pairs(found), sentence
        assert not any(actor.startswith(("Playing", "Portraying")) for actor, _ in pairs(found))


def test_a_denial_a_guess_or_a_possessive_casts_no_one() -> None:
    for sentence in (
        "Playing Orla is not Bryony Talland, despite the rumours.",
        "Playing Orla is rumoured to be Bryony Talland.",
        "Playing Orla is Bryony Talland's dream role.",
    ):
        found = facts(_LEDE, sentence, title=_TITLE)
        assert ("Bryony Talland", "Orla") not in served_pairs(found), sentence


def test_a_partner_after_playing_is_no_part() -> None:
    sentence = "Playing opposite Orla is Bryony Talland."
    found = facts(_LEDE, sentence, title=_TITLE)
    assert ("Bryony Talland", "Orla") not in served_pairs(found)
