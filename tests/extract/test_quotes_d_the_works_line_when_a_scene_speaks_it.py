""" "The film's best line when she tells her son, “...”" names a line of the work and the scene
that speaks it: no one's quote, whoever the sentence names. The same actor's own remark about
the line, said to the press, stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Seven things we learned from the first screening of Gannet Row, the BBC's new drama."
_CAST = "Kestle Trewin plays Mara Joss, the ferry pilot at the heart of the story."


def _served(line: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, _CAST, line, date="2026-03-02"))


def test_the_works_line_spoken_in_a_scene_is_not_served() -> None:
    found = _served(
        "Trewin is superb, and gets the film’s funniest line when she tells her brother,"
        " “Nobody ever drowned from a bit of rain.”"
    )
    assert not [t for t, _ in found if t.startswith("Nobody ever")], found


def test_an_actors_remark_on_the_line_stays_quoted() -> None:
    found = _served(
        "Asked about the film’s funniest line, Trewin laughed: “I stole it from my gran,” she said."
    )
    assert ("I stole it f", "Kestle Trewin") in found, found
