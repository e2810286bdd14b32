"""A screen production's page setting apart an unnamed version in another medium with "the"
("the stage adaptation at the Lyric, with Ada Vale as Mira, is a separate thing"): its parts are
that version's, not the production's; the production's own "with" stays (invented articles)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_the_stage_adaptation_with_a_part_is_separate() -> None:
    found = facts(
        "Foxglove Yard starts filming in May. Mina Sorel plays Elin Pask.",
        "Note that the stage adaptation at the Lyric Hammersmith, with Ada Vale as Elin, is a"
        " separate production.",
        title="Foxglove Yard: the TV cast",
    )
    assert ("Ada Vale", "Elin Pask") not in _served(found)
    assert ("Ada Vale", "Elin") not in _served(found)
    assert ("Mina Sorel", "Elin Pask") in _served(found)


def test_the_radio_play_with_a_part_is_not_the_series() -> None:
    found = facts(
        "Foxglove Yard starts filming in May. Mina Sorel plays Elin Pask.",
        "The radio play from last winter, with Bram Tessier as Tom Rudd, has no link to the show.",
        title="Foxglove Yard: the TV cast",
    )
    assert ("Bram Tessier", "Tom Rudd") not in _served(found)


def test_the_series_with_a_part_still_casts() -> None:
    found = facts(
        "The new series, with Bram Tessier as Tom Rudd, starts filming in May.",
        title="Foxglove Yard: the TV cast",
    )
    assert ("Bram Tessier", "Tom Rudd") in _served(found)
