"""Quotes on invented text: a Q&A whose headline names its subject after their work's possessive
("Saltmarsh’s Ada Vale on ...") credits each "A:" answer to that person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_answers_go_to_the_person_a_possessive_headline_names() -> None:
    for headline in (
        "Orchard Lane’s Perrin Okafor-Vance on Teddy, Rugby and Last Days",
        "Orchard Lane's Perrin Okafor-Vance talks first jobs and finale nerves",
    ):
        found = facts(
            "The newcomer on his first lead role and the last day on set.",
            "Two years ago, Perrin Okafor-Vance was stacking shelves in Leeds. Now he is a lead.",
            "Q: How did you hear you had the part?",
            "A: I was in the queue at the post office. My phone buzzed and I screamed.",
            "Q: What was the last day like?",
            "A: Loud. Everyone cried, even the drivers.",
            date="2026-04-11",
            title=headline,
        )
        answers = [
            (q.text[:8], q.speaker, q.source) for q in found.quotes if q.served and q.text[0] != "H"
        ]
        assert answers == [
            ("I was in", "Perrin Okafor-Vance", SourceKind.PERSON),
            ("Loud. Ev", "Perrin Okafor-Vance", SourceKind.PERSON),
        ], answers
