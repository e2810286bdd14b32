"""Quotes on invented text: a sentence whose news "came when" someone did something ("The
surprise came when Ada Vale, who plays the aunt, walked on stage") is about that person, so
an epithet after it ("The Oscar winner described him as “...”") is theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(*paragraphs: str) -> str | None:
    for quote in facts(*paragraphs).quotes:
        if quote.text.startswith("my favourite") and quote.served:
            return quote.speaker
    return None


def test_an_epithet_after_came_when_is_the_one_who_came() -> None:
    opening = "Juniper Lake closed the Harrowgate film festival on Friday night."
    thanks = "Creator Edda Marsh kept it brief. “Thank you all,” she said."
    for news, epithet in (
        ("The surprise of the night came when Rosalind Peake, who plays the aunt, walked on "
         "stage to hug Tom Reyes.", "The Oscar winner described him as “my favourite nephew”."),
        ("The big moment came when Rosalind Peake walked on stage with a cake for Tom Reyes.",
         "The Oscar winner described him as “my favourite co-star”."),
        ("The loudest cheer happened when Rosalind Peake, who returns as the aunt, joined Tom "
         "Reyes on stage.", "The actress described him as “my favourite scene partner”."),
    ):  # fmt: skip
        assert _speaker(opening, thanks, f"{news} {epithet}") == "Rosalind Peake", news
