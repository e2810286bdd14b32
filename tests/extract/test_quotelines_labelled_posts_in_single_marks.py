"""Quote lines on invented text: a post quoted whole in straight single marks after its handle,
closing the paragraph on a word ("u/x: '... lol'"), is found and is the handle's; a possessive
at a paragraph's end inside running text opens nothing."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "The Pellow Cove discussion thread is open, and the comments are already pouring in."


def test_a_handles_post_in_single_marks_ending_on_a_word_is_its_quote() -> None:
    found = facts(
        _LEDE,
        "u/quarry_gull: 'Spotted the lifeboat station straight away, they shot there the week"
        " I was visiting lol'",
    )
    said = {q.text[:20]: q.speaker for q in found.quotes if q.served}
    assert said.get("Spotted the lifeboat") == "u/quarry_gull", said


def test_a_trailing_possessive_without_a_label_opens_no_quote() -> None:
    found = facts(_LEDE, "The thread filled up with 'spoilers' and praise for the actors'")
    assert not any(q.text.startswith("spoilers' and") for q in found.quotes)
