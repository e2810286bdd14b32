"""A passive credit with the episodes it spans between the verb and "by": "directed across all
six episodes by X", "written over all four episodes by Y" credit X and Y to this series
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Lantern Bay review: a slow, salty mystery"
_LEDE = "Lantern Bay, the new six-part drama, arrives on Sunday."


def test_directed_across_all_episodes_by_a_name() -> None:
    found = served_crew(
        _LEDE,
        "Created by Tamsin Roke and directed across all six episodes by Oskar Vell, it stars "
        "Ada Finch as a harbourmaster.",
        title=_TITLE,
    )
    assert ("director", "Oskar Vell") in found
    assert ("creator", "Tamsin Roke") in found


def test_written_over_all_the_episodes_by_a_name() -> None:
    found = served_crew(
        _LEDE,
        "The drama is written over all the episodes by Mina Hartwell and shot in Cornwall.",
        title=_TITLE,
    )
    assert ("writer", "Mina Hartwell") in found
    found = served_crew(
        _LEDE, "It was directed across all eight episodes by Bram Ostrow.", title=_TITLE
    )
    assert ("director", "Bram Ostrow") in found
