"""The line after a scene's number on a call sheet or a script ("Scene 12: “...”") is the sheet's
own wording, no one's quote; a named speaker's words after a scene's number stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "We spent a wet day on the set of Gannet Row, the BBC drama starring Kestle Trewin."


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, line, date="2026-03-02"))


def test_a_numbered_scene_line_is_not_served() -> None:
    for line in (
        "The second assistant passes round the day's sheet. Scene 12: “MARA and JOSS, the"
        " harbour wall, night.”",
        "Pinned to the door is tomorrow's schedule. Sc. 30A — “MARA alone, the kitchen, dawn.”",
    ):
        assert not [t for t, _ in _served(line) if t.startswith("MARA")], _served(line)


def test_a_named_speaker_after_a_scene_number_stays_quoted() -> None:
    found = _served(
        "Kestle Trewin talks us through the day. Scene 12: “We did that one eleven times,” she"
        " says."
    )
    assert ("We did that ", "Kestle Trewin") in found, found
