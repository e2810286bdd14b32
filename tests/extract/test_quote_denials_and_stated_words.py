"""Quotes and their speakers on invented text: a phrase in marks after a denial is the writer's
scare quotes, not anyone's words; words a company's statement says about a person are the
company's, never that person's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_phrase_in_marks_after_a_denial_is_held() -> None:
    for sentence in (
        "Please stay civil. Nobody “was sacked”, it was a diary clash and nothing more.",
        "To be clear, Priya Dalal wasn’t ‘written out’. She asked to leave.",
    ):
        found = facts(
            "Marsh Lane series two has a new lead, the producers confirmed on Monday.",
            sentence,
            date="2026-04-01",
            title="Marsh Lane: a note from the moderators",
        )
        served = [q.text for q in found.quotes if q.served]
        assert not any(t in {"was sacked", "written out"} for t in served), served


def test_a_statement_reporting_on_a_person_is_the_statements_owners() -> None:
    for sentence, owner in (
        (
            "Skyline Studios’s statement said Priya “leaves with our gratitude” and that "
            "Tomasz “fits the role like a glove”.",
            "Skyline Studios",
        ),
        (
            "Network 7's announcement says Priya “leaves with our gratitude” and that "
            "Tomasz “fits the role like a glove”.",
            "Network 7",
        ),
        (
            "The studio's statement said Priya “leaves with our gratitude” and that "
            "Tomasz “fits the role like a glove”.",
            "",
        ),
    ):
        found = facts(
            "Priya Dalal, who played Ivy in series one, has stepped away from Marsh Lane, and "
            "Ivy is now played by Tomasz Zieliński.",
            sentence,
            date="2026-04-01",
            title="Marsh Lane recasts its lead",
        )
        said = {q.text: (q.speaker, q.source) for q in found.quotes if q.served}
        for text in ("leaves with our gratitude", "fits the role like a glove"):
            speaker, source = said.get(text, ("", SourceKind.UNATTRIBUTED))
            assert source is not SourceKind.PERSON, said
            assert speaker in {"", owner}, said
