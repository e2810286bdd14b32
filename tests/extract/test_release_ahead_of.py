"""A release told "ahead of a ..." after a festival or other event ("aiming for a festival
launch in spring ahead of a theatrical release in 2027") is the release's own time: the event
before "ahead of" does not make it the event's. The event's own time stays unread. On invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Hollowmere sets its cast"


def _kinds(*paragraphs: str, date: str = "2025-10-24") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_hoped_release_after_a_festival_launch_is_the_release_window() -> None:
    kinds = _kinds(
        "Greyfold Films is aiming for a festival launch in autumn 2026 ahead of a theatrical "
        "release in 2027.",
    )
    assert kinds == {("window", "2027", True)}


def test_a_cinema_release_after_a_festival_premiere_is_the_release_window() -> None:
    kinds = _kinds(
        "Hollowmere will premiere at a festival in the spring ahead of a cinema release in June.",
    )
    assert kinds == {("window", "2026-06", False)}
