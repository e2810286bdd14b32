"""A trailer piece that names a line before its words ("a hooded boatwoman says a single
line: “...”", "the trailer's best laugh is her weary line: “...”") gives the work's words, said
by a part or a figure on screen: no one's quote, whatever the paragraph names."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_figure_saying_a_line_in_a_trailer_piece_is_the_work_s() -> None:
    found = facts(
        "The first teaser for Corrin Vale’s fantasy drama The Salt Clock landed on Tuesday.",
        "At 0:48, a hooded boatwoman says a single line: “Every tide owes me a name.” Fans "
        "think that is Imke Darrow-Fell, though nobody has confirmed it.",
        title="Five things we spotted in the Salt Clock teaser",
    )
    assert served_quotes(found) == []


def test_an_actors_line_named_in_a_trailer_paragraph_is_the_work_s() -> None:
    for line in ("his dry line", "her one perfect line", "his best line"):
        found = facts(
            "The first trailer for The Salt Clock arrived on Tuesday.",
            "Oskar Lindqvist-Mabe plays the clockmaker Tobin Rell. The trailer’s biggest "
            f"laugh is {line}: “I fix clocks. I don’t fix fate.”",
        )
        assert served_quotes(found) == [], (line, found)


def test_a_makers_remark_in_a_trailer_piece_is_still_theirs() -> None:
    found = facts(
        "The first trailer for The Salt Clock arrived on Tuesday.",
        "“We shot most of it on one island,” director Corrin Vale told reporters.",
    )
    assert served_quotes(found) == [("We shot most", "Corrin Vale")]


def test_a_post_with_a_single_line_about_a_trailer_is_still_the_posters() -> None:
    found = facts(
        "The first trailer for The Salt Clock arrived on Tuesday.",
        "Oskar Lindqvist-Mabe shared the trailer’s last frame on his Instagram story with a "
        "single line: “can’t believe we made this.”",
    )
    assert served_quotes(found) == [("can’t believ", "Oskar Lindqvist-Mabe")]
