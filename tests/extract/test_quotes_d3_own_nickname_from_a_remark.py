"""What "we" or "I" took to calling a thing ("we started calling the van “the office”") is the
speaker's nickname for it, no one's quote; someone else calling a thing something stays a remark
("he called the film “a quiet triumph”")."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Director Ilse Marrow on shooting Saltgrass in a wet Hebridean autumn."


def _quoted(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(_LEDE, *paragraphs, date="2026-04-20", title="Saltgrass: the interview")
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_first_persons_nickname_for_a_thing_is_not_a_quote() -> None:
    for told in (
        "We started calling the fog machine “the understudy”.",
        "I called my old bike “the stubborn one”.",
    ):
        quoted = _quoted(
            "How was the weather?",
            f"Marrow: Wet for six weeks. {told} It never let us down.",
            "And the cast?",
            "Marrow: Patient, all of them. I owe them a holiday.",
        )
        assert not any(text.startswith("the ") for text, _, _ in quoted), quoted


def test_someone_calling_a_work_something_stays_a_remark() -> None:
    quoted = _quoted(
        "The critic Anders Holt saw it at the festival. Holt called the film “the quiet triumph"
        " of the year” in his review.",
    )
    assert ("the quiet triumph of the year", "Anders Holt", True) in quoted, quoted
