"""Quotes on invented text: in a piece about a trailer, a part voicing over or narrating straight
into the words, and someone given a single shot or one scene of the footage who speaks straight
into them, give the work's line, never a quote to serve. An actor talking about the trailer in
an interview stays quoted."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Saltmarsh Road trailer breakdown: every shot we paused on"


def test_a_part_voicing_over_gives_the_works_line() -> None:
    for line in (
        "We open on an empty ferry, with Wren (Talia Brookes) voicing over: “Every tide brings"
        " somebody home.”",
        "The harbour fills the screen as Wren narrates, “Nobody leaves this town for good.”",
    ):
        found = facts("The first trailer for Saltmarsh Road landed on Tuesday.", line,
                      date="2026-05-12", title=_TITLE)  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_someone_given_a_shot_of_the_trailer_speaks_its_line() -> None:
    for line in (
        "Talia Brookes gets a single shot, on the pier at night, saying “Don’t wait up for me.”",
        "Hector Ames has one scene, in the chip shop, whispering: “They know.”",
    ):
        found = facts("The first trailer for Saltmarsh Road landed on Tuesday.", line,
                      date="2026-05-12", title=_TITLE)  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_an_actor_on_the_trailer_stays_quoted() -> None:
    found = facts(
        "The first trailer for Saltmarsh Road landed on Tuesday.",
        "Talia Brookes, who plays Wren, said: “I cried the first time I saw the pier shot.”",
        date="2026-05-12",
        title=_TITLE,
    )
    assert ("I cried the ", "Talia Brookes") in served_quotes(found), served_quotes(found)
