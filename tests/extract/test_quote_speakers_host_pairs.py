"""Hosts named in a pair ("hosts Ada Vale and Tom Reed", "hosted by ... and ..."): both are
people the article names, and the second, like the first, asks rather than answers, so a "he"
after "Asked by <host>" is the guest."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_both_hosts_of_a_pair_are_people() -> None:
    found = facts(
        "This week hosts Marta Quill and Idris Fenwood are joined by the lead of Brackwater.",
        "The drama returns to Tidewell in the spring.",
        date="2026-04-20",
    )
    assert {"Marta Quill", "Idris Fenwood"} <= set(found.people)


def test_a_single_host_is_still_a_person() -> None:
    found = facts(
        "This week host Marta Quill is joined by the lead of Brackwater.",
        "The drama returns to Tidewell in the spring.",
        date="2026-04-20",
    )
    assert "Marta Quill" in found.people


def test_the_second_host_asks_and_the_guest_answers() -> None:
    found = facts(
        "Dev Marron joined the Night Shift podcast this week.",
        "“It was the best job of my life,” he told hosts Marta Quill and Lena Odum.",
        "Marron, who played Bram in Brackwater, would not be drawn on his next role. Asked by"
        " Odum about a stage rumour, he laughed and said, “I can say nothing at all.”",
        date="2026-04-20",
    )
    quote = next(q for q in found.quotes if q.text.startswith("I can say"))
    assert (quote.speaker, quote.source) == ("Dev Marron", SourceKind.PERSON)
