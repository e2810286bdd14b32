"""Quotes on invented text: a speaker named after an organisation's role in lowercase words
("Lumen’s head of drama Ada Vale") is the person, never the organisation."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_name_after_an_organisations_role_words_is_the_speaker() -> None:
    for post in (
        "Harbourlight’s head of comedy Nell Ostrander told Screen Daily.",
        "said Channel 9’s drama commissioner Nell Ostrander.",
    ):
        found = _speakers(
            "The Copper Bay series is written by Jo Reyes.",
            f"“Jo has written something that bites,” {post}",
        )
        assert found["Jo has writt"] == ("Nell Ostrander", SourceKind.PERSON), post
