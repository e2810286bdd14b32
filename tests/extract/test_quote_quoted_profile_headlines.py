"""Quotes on invented text: a Q&A whose headline opens on the subject's own words, then a colon
or a dash, then their name ("‘...’: Ada Vale on ..."), credits each "A:" answer to that
person."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_answers_go_to_the_person_named_after_the_headlines_quotation() -> None:
    for headline in (
        "‘The river decided everything’: Teodora Vasquez-Lind on Brackwater",
        "“I never wanted a happy ending” – Teodora Vasquez-Lind on Brackwater",
    ):
        found = facts(
            "The Chilean director on rivers, rain and her second film.",
            "Brackwater, the new film from Teodora Vasquez-Lind, opens in cinemas next month.",
            "Q: Where did the story come from?",
            "A: From my aunt, who kept a ferry log for thirty years.",
            "Q: Was the rain real?",
            "A: Mostly. We waited for it, and it came.",
            date="2026-03-02",
            title=headline,
        )
        answers = [
            (q.text[:8], q.speaker, q.source) for q in found.quotes if q.served and q.text[0] != "W"
        ]
        assert answers == [
            ("From my ", "Teodora Vasquez-Lind", SourceKind.PERSON),
            ("Mostly. ", "Teodora Vasquez-Lind", SourceKind.PERSON),
        ], answers
