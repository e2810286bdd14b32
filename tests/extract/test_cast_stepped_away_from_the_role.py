"""An actor who "had to step away from the role of" a part, or "was forced to leave" it, no
longer plays it: the casting is a former one, never served as current."""

from __future__ import annotations

from bot.facts import ArticleFacts, CastStatus
from tests.extract.helpers import facts, former_pairs, served_statuses


def _current(found: ArticleFacts) -> set[tuple[str, str]]:
    statuses = served_statuses(found)
    return {pair for pair, status in statuses.items() if status is CastStatus.CURRENT}


def test_had_to_step_away_from_the_role() -> None:
    found = facts(
        "Q: The cast changed late on. What happened?",
        "Tobias Wren had to step away from the role of Ollie Baxter when his tour ran long, and "
        "we parted friends. Idris Kane came in a week later.",
        title="Marigold Lane director interview",
    )
    assert ("Tobias Wren", "Ollie Baxter") not in _current(found)


def test_was_forced_to_step_down_from_the_part() -> None:
    found = facts(
        "Fernhill Pictures has confirmed a change to the cast of Marigold Lane.",
        "Priya Sandhu was forced to step down from the part of Mabel Ford after an injury on set.",
    )
    assert ("Priya Sandhu", "Mabel Ford") not in _current(found)


def test_decided_to_leave_the_role() -> None:
    found = facts(
        "Marigold Lane will return next year with one face missing.",
        "Dara Quill decided to leave the role of Hetty Marsh after two series, the studio said.",
    )
    assert ("Dara Quill", "Hetty Marsh") not in _current(found)


def test_still_plays_when_only_the_scene_is_left() -> None:
    found = facts(
        "Marigold Lane begins filming in Whitby this week.",
        "Soren Pike plays Abel Crane, who had to leave the village as a boy.",
    )
    assert ("Soren Pike", "Abel Crane") in _current(found)
    assert ("Soren Pike", "Abel Crane") not in former_pairs(found)
