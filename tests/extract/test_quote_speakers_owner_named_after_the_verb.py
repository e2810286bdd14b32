"""Quotes on invented text: "“...,” said Corvane Metrics’ head of analysis, Ada Vale" is never
the company's: the name after the verb only owns the speaker."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_company_owning_the_speaker_after_the_verb_is_not_the_speaker() -> None:
    found = facts(
        "Hollowmarsh was the most-watched title of the week, according to the data firm "
        "Corvane Metrics, with 80 million minutes viewed.",
        "“It’s the biggest start for a fen drama we have measured,” said Corvane Metrics’ head "
        "of analysis, Odile Marchbrook.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("It’s the biggest"))
    assert quote.source is not SourceKind.ORGANISATION
    assert quote.speaker in {"Odile Marchbrook", ""}
