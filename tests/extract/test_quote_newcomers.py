"""A pronoun's quote right after a sentence that brings in a new person without making them its
subject, on invented text: the newcomer's words, not the last speaker's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    found = facts(*paragraphs, date="2026-03-10", title="Inside the making of Copper Bay")
    return {q.text[:16]: q.speaker for q in found.quotes if q.served}


def test_a_pronouns_quote_after_a_newcomer_is_the_newcomers() -> None:
    for introduction, quote in (
        (
            "Much of the film’s warmth comes from the Danish cinematographer Freja Lund, whose "
            "lenses were older than the cast.",
            "“Mara wanted every scene lit like a kitchen at dawn,” she says.",
        ),
        (
            "The strangest job went to the sound designer Otto Verhoeven, who spent a month "
            "recording seagulls.",
            "“Mara sent me to the harbour at 4am, twice,” he says.",
        ),
    ):
        found = _speakers(
            "Mara Quist made Copper Bay in a single winter.",
            "Anya Holt plays the harbourmaster. “I have never been so cold,” Holt told me. "
            "“But I would go back tomorrow.”",
            f"{introduction} {quote}",
        )
        assert found.get("I have never bee") == "Anya Holt", found
        assert found.get(quote[1:17]) not in {None, "", "Anya Holt"}, found
        assert found[quote[1:17]] in introduction, found


def test_a_person_named_before_is_no_newcomer() -> None:
    found = _speakers(
        "Mara Quist made Copper Bay in a single winter, with Anya Holt as the harbourmaster.",
        "Quist is restless. Much of the film’s warmth, she insists, came from working with Anya "
        "Holt, whom she has known for years. “We barely needed to rehearse,” she says.",
    )
    assert found.get("We barely needed") != "Anya Holt", found
