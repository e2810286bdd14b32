"""In a paragraph about a trailer, an actor named with the part they play who "tells him" the
words speaks a line of the footage, not to the press; the same turn of phrase over lunch, with
no footage named, keeps the words served."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(*paragraphs).quotes}


def test_an_actor_who_plays_a_part_telling_him_in_a_trailer_is_held() -> None:
    found = _served(
        "Lumenflix has released the first trailer for Saltwick.",
        "The trailer opens on Owen Pryce’s Gil mending nets as Mared Tudor, who plays his "
        "grandmother Nell, tells him: “The tide forgives nobody.” It ends on the harbour wall.",
    )
    assert found == {"The tide forgives nobody.": False}


def test_the_same_words_told_over_lunch_stay_served() -> None:
    found = _served(
        "Owen Pryce has spent the summer in Whitby making Saltwick.",
        "Over lunch in the canteen, Owen Pryce grins as Mared Tudor, who plays his grandmother, "
        "tells him: “You were brilliant today.”",
    )
    assert found == {"You were brilliant today.": True}
