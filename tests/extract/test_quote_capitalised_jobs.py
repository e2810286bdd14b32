"""Quotes on invented text: a report opens a sentence with a person's job capitalised ("Owner
Wenna Tressider, who has run the bakery ..."); her quotes are Wenna Tressider's, never "Owner
Wenna Tressider"'s."""

from __future__ import annotations

from bot.extract.titled_names import untitled
from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_capitalised_job_before_a_name_is_not_part_of_the_speakers_name() -> None:
    found = _speakers(
        "The crew of Fenquarry spent two days filming on Pellow Street this week.",
        "Owner Wenna Tressider, who has run the bakery for nine years, said the production had "
        "hired the whole shop. “They were so tidy. They even swept up,” she said.",
    )
    assert found["They were so"] == ("Wenna Tressider", SourceKind.PERSON)


def test_only_role_words_come_off_a_name() -> None:
    assert untitled("Owner Wenna Tressider") == "Wenna Tressider"
    assert untitled("Wenna Tressider") == "Wenna Tressider"
    assert untitled("Director Tressider") == "Director Tressider"  # no full name is left
    assert untitled(None) is None
