"""Quotes on invented text: words in capitals a slate, a board or a sign reads, and words on a
thing a story shows, are lettering, not anyone's quote. A slate's words in a sentence's own
case, posted with no caption, stay the poster's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Brinmoor wraps: the cast say goodbye online"


def test_capital_lettering_on_a_slate_or_a_board_is_no_quote() -> None:
    for line in (
        'Director Ilsabet Vaskey posted a clapperboard reading "BRINMOOR – THAT\'S ALL, FOLKS"'
        " and tagged the producers.",
        "4 of 5: The crew's whiteboard reads 'DAY 51 – STILL DRY (JUST)'.",
    ):
        found = facts("Filming on Brinmoor ended on Friday.", line, title=_TITLE)
        assert not served_quotes(found), served_quotes(found)


def test_words_on_a_thing_a_story_shows_are_no_quote() -> None:
    found = facts(
        "Filming on Brinmoor ended on Friday.",
        "Oddvar Thornquist, who plays Constable Treluck, kept it short. His story showed a"
        " lopsided sponge cake with the words 'See you never, Brinmoor' piped in green icing.",
        title=_TITLE,
    )
    assert not served_quotes(found), served_quotes(found)


def test_a_slate_in_sentence_case_is_no_ones_quote() -> None:
    found = facts(
        "Filming on Brinmoor ended on Friday.",
        'Director Ilsabet Vaskey posted a single slate reading "Cut. Print. Brinmoor is done."',
        title=_TITLE,
    )
    assert served_quotes(found) == []  # the slate's lettering, whoever posts it
