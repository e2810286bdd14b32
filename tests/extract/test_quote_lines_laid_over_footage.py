"""A line laid over a shot of a trailer, or set off as "a line" in a piece about one, is the
work's, held; a person speaking of the trailer is still served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Lantern Coast trailer: seven things we spotted"


def test_a_line_said_over_a_shot_of_something() -> None:
    found = facts(
        "Lumen has shared the first trailer for The Lantern Coast.",
        "Priya Haldane’s Wren gets the voiceover. “Nobody tells you how loud the quiet is,” she "
        "says over a shot of a ferry leaving the harbour.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_words_laid_straight_over_footage() -> None:
    found = facts(
        "Fans cannot stop sharing one moment from the new trailer.",
        "The favourite is Marta Quill telling her daughter “You never had to earn it, pet,” "
        "over footage of the lighthouse.",
        title="The Lantern Coast trailer: fans react",
    )
    assert served_quotes(found) == []


def test_a_quick_line_set_off_by_a_dash() -> None:
    found = facts(
        "Lumen has shared the first trailer for The Lantern Coast.",
        "Otis Brede’s Captain Fenn turns up on a jetty, and a single line – “I stopped "
        "counting the tides years ago” – tells you all you need.",
        title=_TITLE,
    )
    assert served_quotes(found) == []


def test_an_actor_talking_about_the_shot_is_still_served() -> None:
    found = facts(
        "Lumen has shared the first trailer for The Lantern Coast.",
        "“I cried the first time I saw it,” Priya Haldane said of the trailer’s last shot.",
        title=_TITLE,
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Priya Haldane"]


def test_a_line_an_actor_gave_at_the_launch_is_still_served() -> None:
    found = facts(
        "Lumen has shared the first trailer for The Lantern Coast.",
        "At the launch, Priya Haldane said the best line was her own: “We made it in the rain "
        "and it shows.”",
        title=_TITLE,
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Priya Haldane"]


def test_a_post_sharing_the_trailer_with_a_single_line_is_still_served() -> None:
    found = facts(
        "Lumen has shared the first trailer for The Lantern Coast.",
        "Priya Haldane shared the trailer on her story with a single line – “we actually made "
        "it” – and a row of hearts.",
        title=_TITLE,
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Priya Haldane"]
