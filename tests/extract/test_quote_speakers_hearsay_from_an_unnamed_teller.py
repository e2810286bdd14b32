"""Quotes on invented text: hearsay told as its teller's ("the word from one person close to the
shoot is that cameras “...”") is the unnamed teller's, never the sentence before's speaker."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _rolling(line: str) -> tuple[str, SourceKind]:
    found = facts(
        "Producer Ansel Dravenor told us the team wanted “a proper send-off”. " + line,
        date="2026-03-02",
        title="Greyhallow: everything we know",
    )
    quote = next(q for q in found.quotes if q.text.startswith("should be"))
    return quote.speaker if quote.served else "", quote.source


def test_the_word_from_an_unnamed_teller_is_theirs() -> None:
    for noun in ("word", "message", "feeling"):
        speaker, source = _rolling(
            f"We asked about dates; the {noun} from one person close to production is that "
            "cameras “should be rolling by June”."
        )
        assert speaker != "Ansel Dravenor", noun
        assert source is not SourceKind.PERSON, noun


def test_the_named_producer_going_on_keeps_his_words() -> None:
    speaker, _ = _rolling("He added that cameras “should be rolling by June”.")
    assert speaker == "Ansel Dravenor"
