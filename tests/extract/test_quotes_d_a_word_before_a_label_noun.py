"""A word in marks between a determiner and a noun for a name ("the “finale” tag weighed on
her") is what a thing is called, not words anyone said, even in a sentence about a person."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Kestle Trewin has finished shooting Gannet Row, the last series of the BBC drama."


def test_a_word_before_label_is_held() -> None:
    found = facts(
        _LEDE,
        "The 41-year-old admits the “finale” label weighed on her for months.",
    )
    assert not any(q.text == "finale" and q.served for q in found.quotes)


def test_a_word_she_says_stays_hers() -> None:
    found = facts(_LEDE, "Trewin says the shoot was “brutal” and she is glad it is done.")
    assert all(q.text != "finale" for q in found.quotes)
    assert any(q.text == "brutal" for q in found.quotes)
