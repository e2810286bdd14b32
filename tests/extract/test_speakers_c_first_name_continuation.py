"""Quotes on invented text: words a label names by a first name only ("said one fan, Ada, 17")
are held, and so is the next sentence of the same quotation; a label with no name after it
still serves both of its sentences as the label's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, bool]]:
    found = facts(*paragraphs, title="Five things from the Gorse Hill premiere")
    return {q.text[:12]: (q.speaker, q.served) for q in found.quotes}


def test_the_rest_of_a_first_named_fans_words_is_held_too() -> None:
    found = _quotes(
        "Gorse Hill had its premiere in Leeds on Thursday night.",
        "Crowds gathered from noon. “I took three trains to get here,” said one fan, Ysolde, 16. "
        "“This show is my whole personality.”",
    )
    assert found["I took three"] == ("one fan", False)
    assert found["This show is"][1] is False


def test_an_unnamed_label_alone_still_serves_both_sentences() -> None:
    found = _quotes(
        "Gorse Hill had its premiere in Leeds on Thursday night.",
        "Crowds gathered from noon. “I took three trains to get here,” said one fan. "
        "“This show is my whole personality.”",
    )
    assert found["I took three"] == ("one fan", True)
    assert found["This show is"] == ("one fan", True)
