"""Quotes on invented text: a line said in a trailer's moment ("his face in the trailer when he
says “...”"), a part with its actor in brackets speaking off-screen, and a numbered item's
heading that is only words in marks ("5. “...”") are the work's words or the item's title, not
a quote; a crowd's stock phrase ("what the gossip pages love to call “...”") is no one's.
An item heading with its sayer, and a phrase one named person calls something, stay quotes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The first trailer for Harrowgate Lane landed on Tuesday."
_TITLE = "Harrowgate Lane trailer: everything we spotted"


def test_a_line_in_a_trailer_moment_is_the_work_s() -> None:
    for line in (
        "Arlo Venn is wonderful. His face in the trailer when he says 'I never left' wrecked me.",
        "Arlo Venn is wonderful. That bit in the teaser where he asks “Are you coming?” got me.",
    ):
        found = facts(_LEDE, line, title=_TITLE)
        assert not served_quotes(found), served_quotes(found)


def test_a_bracketed_part_speaking_off_screen_is_the_work_s() -> None:
    for line in (
        "The trailer opens on Pim (Arlo Venn) at the gate, as Nell (Della Forsythe) says "
        "off-screen: “You could at least wave.”",
        "It ends with Nell (Della Forsythe) shouting off-camera, “Shut the gate behind you.”",
    ):
        found = facts(_LEDE, line, title=_TITLE)
        assert not served_quotes(found), served_quotes(found)


def test_a_numbered_heading_in_marks_is_the_item_s_title() -> None:
    for heading in ("5. “Mind the gate”", "2) 'Nobody sleeps tonight'"):
        found = facts(_LEDE, "1. The farm", "The farm looks bleak.", heading,
                      "The tagline appears over a gate at dusk.", title=_TITLE)  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_a_numbered_heading_with_its_sayer_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "5. “We shot the gate scenes at dawn,” director Wilma Castellane said.",
        title=_TITLE,
    )
    assert ("We shot the ", "Wilma Castellane") in served_quotes(found), served_quotes(found)


def test_a_crowd_s_stock_phrase_is_no_one_s() -> None:
    for line in (
        "By June she had gone, for what the gossip pages love to call “personal reasons”.",
        "He left after what fans have taken to calling “the gate incident”.",
    ):
        found = facts("Harrowgate Lane changed leads this summer.",
                      "Channel 9 announced Della Forsythe as the lead in March.", line)  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_a_phrase_a_named_person_calls_something_stays_hers() -> None:
    found = facts(
        "Harrowgate Lane changed leads this summer.",
        "Della Forsythe left in June, for what she calls “a family matter”, she told us.",
    )
    assert [q[0] for q in served_quotes(found)] == ["a family mat"], found.quotes
