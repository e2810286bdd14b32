"""A newsletter names its editor in a dated masthead under a "Name: ..." headline ("Friday 3 May
2026 · Edited by X") and its writer in a sign-off sentence after its housekeeping ("The Morning
Reel is written by X."): the page's own staff, never the film's editor or writer; a film's
credit sentence on the last line, with no housekeeping above, keeps its credit (invented
articles)."""

from __future__ import annotations

from bot.facts import CrewRole
from tests.extract.helpers import facts

_LEDE = "In today's Morning Reel: Harrowgate starts filming in Leeds, and a quiz show returns."
_HEADLINE = "Morning Reel: Harrowgate starts filming, plus a quiz show comeback"
_STORY = "Harrowgate, directed by Tam Holloway, began filming in Leeds on Monday."


def _crew(*paragraphs: str) -> set[tuple[str, CrewRole]]:
    found = facts(_LEDE, _HEADLINE, *paragraphs)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_dated_mastheads_editor_is_no_film_editor() -> None:
    found = _crew("Friday 3 October 2025 · Edited by Perpetua Vance-Ollerton", _STORY)
    assert ("Perpetua Vance-Ollerton", CrewRole.EDITOR) not in found
    assert ("Tam Holloway", CrewRole.DIRECTOR) in found


def test_a_sign_off_after_housekeeping_is_no_film_writer() -> None:
    found = _crew(
        _STORY,
        "That's it for today. Forward this to a friend who needs it.",
        "The Morning Reel is written by Perpetua Vance-Ollerton.",
    )
    assert ("Perpetua Vance-Ollerton", CrewRole.WRITER) not in found
    assert ("Tam Holloway", CrewRole.DIRECTOR) in found


def test_the_films_own_credit_on_the_last_line_stays() -> None:
    found = _crew(_STORY, "It shoots until March.", "Harrowgate is written by Perpetua Vance.")
    assert ("Perpetua Vance", CrewRole.WRITER) in found
