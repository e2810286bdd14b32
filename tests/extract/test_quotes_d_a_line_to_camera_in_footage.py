"""In a paragraph that first names a work's footage, someone speaking "to camera" gives a line
the footage plays, no one's quote; a cast member's message to camera in a posted video stays
their own words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Lumen is showing its autumn drama slate in Leeds this morning; follow along here."
_CAST = "10:20 Cast news. Kestle Trewin plays Mara Joss, a ferry pilot who will not retire."


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, _CAST, line, date="2026-03-02"))


def test_a_line_to_camera_after_the_footage_is_not_served() -> None:
    found = _served(
        "10:40 First footage from Gannet Row, shot on the Fife coast. Trewin, to camera: “This"
        " boat was my father’s, and it won’t be sold.” Grey, wet, gripping."
    )
    assert not [t for t, _ in found if t.startswith("This boat wa")], found


def test_a_message_to_camera_in_a_posted_video_stays_quoted() -> None:
    found = _served(
        "10:45 Trewin has posted a video from the set. Trewin, to camera: “We are nearly done,"
        " and it is freezing.”"
    )
    assert ("We are nearl", "Kestle Trewin") in found, found
