"""A sound the footage carries, then the words ("the teaser ... a whisper of “...”"): the
work's voice, not anyone's quote; a crowd's cry at a panel is left alone."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_whisper_in_a_teaser_is_a_line_of_the_work() -> None:
    found = facts(
        "Hollin Moor: what we know so far",
        "Channel 4 has shared a teaser for Hollin Moor. Reaction has been loud."
        " We follow a farmer walking a frozen fell before a faint whisper of"
        " \u201cThey never leave before the thaw\u201d and then nothing but wind.",
    )
    assert not any(text.startswith("They never") for text, _ in served_quotes(found))


def test_a_whisper_with_no_footage_in_the_paragraph_is_left() -> None:
    found = facts(
        "Hollin Moor: what we know so far",
        "Channel 4 has shared a teaser for Hollin Moor.",
        "At the screening, the writer Tamsin Rudd leant over with a whisper of"
        " \u201cthe ending will break people\u201d, she told us.",
    )
    assert any(text.startswith("the ending") for text, _ in served_quotes(found))
