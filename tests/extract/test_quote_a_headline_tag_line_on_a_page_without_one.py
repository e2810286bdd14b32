"""Quotes on invented text: a page with no headline of its own that carries it as its line after
the standfirst, a label and words in marks ("Diary: “...”"), gives a tag line no one says, held;
the same label line further down the page, or a name and words in that place, stay quotes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "A runner on the Lowmoor Bells shoot kept a diary of three weeks in Suffolk."


def test_a_headline_tag_line_after_the_standfirst_is_held() -> None:
    for line in (
        "Shoot diary: “Nobody sleeps on a night shoot. Not even the owls.”",
        "Week two: 'Bring a coat, bring two coats.'",
    ):
        found = facts(_LEDE, line, "Monday, week one. Call time 6am at a church near Ipswich.",
                      date="2026-06-20")  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_a_named_speaker_in_the_headline_place_stays_quoted() -> None:
    found = facts(
        _LEDE,
        "Mara Quill: “Nobody sleeps on a night shoot.”",
        "Monday, week one. Call time 6am at a church near Ipswich, said Mara Quill.",
        date="2026-06-20",
    )
    assert ("Nobody sleep", "Mara Quill") in served_quotes(found), served_quotes(found)


def test_a_label_line_further_down_is_left_as_it_was() -> None:
    found = facts(
        _LEDE,
        "Monday, week one. Call time 6am at a church near Ipswich.",
        "The caterer had one rule all week.",
        "Her rule: “Soup first, questions later.”",
        date="2026-06-20",
    )
    before = facts(
        _LEDE,
        "Monday, week one. Call time 6am at a church near Ipswich.",
        "The caterer had one rule all week.",
        "Her rule: “Soup first, questions later.”",
        date="2026-06-20",
        title="Lowmoor Bells shoot diary",
    )
    assert served_quotes(found) == served_quotes(before), served_quotes(found)
