"""Quotes on invented text: an account told by its noun, then its handle ("a post from the
account @name"), is the handle's, not the company or the person named before it."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(line: str, start: str) -> str:
    found = facts(
        "Brinewick Pictures has not said when Tollgate Mews returns.",
        "Composer Odile Fenchurch shared a photo of the piano.",
        line,
        date="2026-03-02",
        title="Tollgate Mews: when is it back?",
    )
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker if quote.served else ""


def test_a_post_from_the_account_and_its_handle() -> None:
    speaker = _speaker(
        "Fans guessed at June, with one post from the account @quietharbourfan claiming "
        "“it’s a summer drop for sure”.",
        "it’s a summer",
    )
    assert speaker == "@quietharbourfan"
    assert speaker not in {"Brinewick Pictures", "Odile Fenchurch"}


def test_the_official_handle_account_posting_a_caption() -> None:
    speaker = _speaker(
        "The official @TollgateMewsTV account posted a clip captioned ‘the mews in the rain’.",
        "the mews",
    )
    assert speaker == "@TollgateMewsTV"
