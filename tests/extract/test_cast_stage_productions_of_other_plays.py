"""A part in a stage production of another play ("was last seen on stage as Nina in a Bristol
Old Vic production of The Seagull", invented): that production's part, not ours; a part in a
production of our own title stays."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(*paragraphs, title=title).cast if c.served}


def test_a_part_in_a_production_of_another_play_is_not_ours() -> None:
    served = _served(
        "Pia Lund joins the cast of the Tern Reach film as Dr Edith Crane.",
        "Lund, a graduate of the Bristol Old Vic Theatre School, was last seen on stage as Nina"
        " in a Lyric Hammersmith production of The Seagull.",
        title="Tern Reach film adds Pia Lund",
    )
    assert ("Pia Lund", "Nina") not in served
    assert ("Pia Lund", "Dr Edith Crane") in served


def test_a_part_in_a_production_of_our_play_stays() -> None:
    served = _served(
        "Pia Lund will play Nina in a new West End production of Tern Reach this spring.",
        title="Pia Lund joins Tern Reach",
    )
    assert ("Pia Lund", "Nina") in served
