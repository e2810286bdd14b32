"""Quotes on invented text: a speaker named in apposition after a descriptor ("said the story's
creator, X"), a stage direction opening a transcript answer, and a phrase quoted inside an
answer with nobody saying it."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _quotes(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, SourceKind]]:
    found = facts(*paragraphs, title=title)
    return {q.text[:14]: (q.speaker, q.source) for q in found.quotes if q.served}


def test_a_name_in_apposition_after_the_descriptor_is_the_speaker() -> None:
    found = _quotes(
        "Mara Quist and Devi Olsen join the Lantern Bay film.",
        "Olsen, who is best known for the hospital drama Night Ward, will play Dr Ruth Hale.",
        "“The film is about leaving home,” said the story's creator, Petra Lund.",
        "“It gets bigger and stranger,” says Lumen’s head of drama, Ravi Menon.",
    )
    assert found["The film is ab"] == ("Petra Lund", SourceKind.PERSON)
    assert found["It gets bigger"] == ("Ravi Menon", SourceKind.PERSON)
