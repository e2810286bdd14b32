"""Quotes on invented text: a one-word answer closed by its own stop after its speech noun
("replied with a single word: “Soon.”") is the replier's words; a title after a colon is not."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_one_word_answer_after_its_noun_is_a_quote() -> None:
    for line in (
        "Quarrie, who wrote the script, answered the fans on Threads with a single word: “Soon.”",
        "Asked about a sequel, Quarrie gave a one-word reply: “Soon.”",
    ):
        found = facts("Hollis Quarrie wrote the Tin Lantern film for Marlow Pictures.", line)
        quote = next((q for q in found.quotes if q.text.startswith("Soon")), None)
        assert quote is not None and quote.speaker == "Hollis Quarrie", line


def test_a_title_after_a_colon_is_no_quote() -> None:
    found = facts(
        "Hollis Quarrie wrote the Tin Lantern film for Marlow Pictures.",
        "The sequel has a title: “Brass.” Filming starts in May.",
    )
    assert not any(q.text.startswith("Brass") for q in found.quotes)
