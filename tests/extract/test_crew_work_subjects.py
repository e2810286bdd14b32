"""A work told as someone's own ("T is his first feature as director of photography") is the
subject of the sentence, not a maker: its title's words are never a crew name, and the post still
goes to the person named as that maker."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_HEAD = "Chasing the fog: a cinematographer's first feature"


def test_a_possessed_title_is_no_cinematographer() -> None:
    served = served_crew(
        "Cinematographer Quillan Ardmore shot The Otter’s Kelpmarsh by candlelight.",
        "The Otter’s Kelpmarsh is his first feature as director of photography.",
        title=_HEAD,
    )
    assert ("cinematographer", "Kelpmarsh") not in served
    assert ("cinematographer", "Quillan Ardmore") in served


def test_a_plain_title_told_as_her_second_film_is_no_cinematographer() -> None:
    served = served_crew(
        "Kelpmarsh Lane was her second film as cinematographer.",
        "Tessaly Brooke-Vanner made it on a shoestring in Fife.",
        title="Saltmeadow Run review",
    )
    assert ("cinematographer", "Kelpmarsh Lane") not in served


def test_the_plain_post_still_credits() -> None:
    served = served_crew(
        "Saltmeadow Run opens on Friday.",
        "Tessaly Brooke-Vanner is the film's director of photography.",
        title="Saltmeadow Run review",
    )
    assert ("cinematographer", "Tessaly Brooke-Vanner") in served
