"""Quotes on invented text: a described someone after the comma that ends a clause with its
verb ("plays Ada in the film, a nurse from Hull who ...") describes the object, so a later
"she says" is still the subject's; and "X, whom she describes as “...”" is the pronoun's words,
never X's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind, bool]]:
    found = facts(*paragraphs)
    return {q.text[:14]: (q.speaker, q.source, q.served) for q in found.quotes}


def test_a_described_object_after_the_verbs_clause_is_no_speaker() -> None:
    for described in (
        "Halloran plays Bette Crane in the coming Saltmarsh film, a drama student from Oban who "
        "shares a cabin with Joss Wilde (Amir Pell) for most of the story.",
        "Halloran played Bette Crane in the Saltmarsh pilot, a local shopkeeper in Cork who "
        "ends up working nights beside Joss Wilde (Amir Pell).",
    ):
        found = _quotes(
            "Neve Halloran is still getting used to the attention, she admits.",
            described,
            "“I read the scripts on a night bus and missed my stop twice,” she says.",
        )
        assert found["I read the scr"] == ("Neve Halloran", SourceKind.PERSON, True), described


def test_whom_a_pronoun_describes_is_not_the_speaker() -> None:
    for line in (
        "Most of her scenes are with Pell, whom she describes as “hopeless at darts”.",
        "She shares a dressing room with Pell, who she calls “hopeless at darts”.",
    ):
        found = _quotes(
            "Neve Halloran is still getting used to the attention.",
            "Halloran plays Bette Crane in the Saltmarsh film, a drama student from Oban who "
            "shares a cabin with Joss Wilde (Amir Pell) for most of the story.",
            line,
        )
        assert found["hopeless at da"] == ("Neve Halloran", SourceKind.PERSON, True), line
