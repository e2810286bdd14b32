"""Hearsay opened by "word is" ("word on set is it goes out in May") hedges the window it gives."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: day three on the harbour"


def test_a_window_passed_on_as_word_on_set_is_hedged() -> None:
    for sentence in (
        "The channel has not set a date yet; word on set is it will go out early next year.",
        "Nobody official will say, but word around the set is that Copper Bay airs early next "
        "year.",
        "Word has it the drama will go out early next year.",
    ):
        found = release_kinds(sentence, date="2026-02-03", title=_TITLE)
        assert ("window", "2027-01/2027-04", True) in found, sentence
        assert ("window", "2027-01/2027-04", False) not in found, sentence


def test_a_stated_window_with_word_in_another_sense_stays_firm() -> None:
    sentence = "The final word is with the channel, which says Copper Bay airs early next year."
    found = release_kinds(sentence, date="2026-02-03", title=_TITLE)
    assert ("window", "2027-01/2027-04", False) in found
