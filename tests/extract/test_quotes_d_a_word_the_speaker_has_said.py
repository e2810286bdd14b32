"""Quotes on invented text: one word in marks that a speaker says they have said ("I’ve said
“done” before") is named as a word inside their answer, no quote of its own; the answer around
it is served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Novelist Perpetua Ngcobo-Hale talked to us about the last book in her Gullhaven series."


def test_a_word_said_inside_an_answer_is_no_quote_of_its_own() -> None:
    line = "“I’ve said ‘finished’ before and then written two more,” Ngcobo-Hale laughed."
    found = facts(_LEDE, line)
    served = served_quotes(found)
    assert ("I’ve said ‘f", "Perpetua Ngcobo-Hale") in served
    assert all(text != "finished" for text, _ in served), served
