"""Quotes on invented text: a part's words in a scene a review retells in the present ("she tells
him, in the scene ..."; "a scene ..., when she tells him: ..."), a line called "a line from the
trailer" or "a line from it", a line quoted "from season two", and a video's lines said in
character are the work's, not the actors' remarks; an actor's own past-tense remark stays."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Saltfleet Road, the new drama starring Ottilie Brandvold, lands on Friday."


def test_a_parts_line_in_a_retold_scene_is_held() -> None:
    for line in (
        "“Eat something first,” she tells Rowan, in the scene everyone is talking about.",
        "Watch the long scene in the kitchen with Ottilie Brandvold, as his aunt, when she tells "
        "him: “You can always come back.”",
        "12:40 — The first clip just played. A line from it — “The tide waits for nobody” — got "
        "a cheer.",
        "A fan shouted “Lock the boathouse!” — a line from the teaser.",
        "Her caption quoted a line from series one: ‘Tea fixes most of it.’",
    ):
        found = facts(_LEDE, line)
        assert not served_quotes(found), (line, served_quotes(found))


def test_lines_said_in_character_in_a_video_are_held() -> None:
    line = (
        "The news came in a video, Ottilie Brandvold and Casimir Oyelaran in character on the "
        "harbour wall. “Back again,” Ottilie says. “Always,” Casimir replies."
    )
    found = facts(_LEDE, line)
    assert not served_quotes(found), served_quotes(found)


def test_an_actors_own_remark_stays_a_quote() -> None:
    line = "“I cried reading the last script,” Ottilie Brandvold told us on Monday."
    found = facts(_LEDE, line)
    assert ("I cried read", "Ottilie Brandvold") in served_quotes(found)
