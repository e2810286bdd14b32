"""Quotes and their speakers in invented Q&A interviews: turns labelled in bold ("**Name:**", a
web page's markup), and words an answer reports someone it does not name saying, held."""

from __future__ import annotations

from tests.extract.helpers import facts

_INTRO = "We caught up with Tamsin Rook, who plays the ferry pilot in Saltmarsh, between takes."


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(_INTRO, *paragraphs, date="2026-03-02", title="Tamsin Rook on Saltmarsh")
    return [(q.text[:14], q.speaker, q.served) for q in found.quotes]


def test_a_bold_label_after_a_bold_question_is_its_speaker() -> None:
    for question, label in (
        ("**Screen Weekly: How did you get the part?**", "**Tamsin Rook:**"),
        ("**Screen Weekly:** How did you get the part?", "**Tamsin Rook:**"),
    ):
        found = _quotes(question, f"{label} I was on a night bus when my agent phoned.")
        assert ("I was on a nig", "Tamsin Rook", True) in found, found
        assert not any(served for text, _, served in found if text.startswith("How did")), found


def test_words_an_answer_reports_an_unnamed_someone_saying_are_held() -> None:
    for answer in (
        "Tamsin Rook: Completely. On set our director will lean over and murmur, "
        "‘Slower, and breathe,’ and he is always right.",
        "Tamsin Rook: Not at all. The sound crew kept shouting ‘Quiet on the dock, please!’ "
        "at the gulls.",
    ):
        found = _quotes("Screen Weekly: Was the boat hard to learn?", answer)
        said = [(who, served) for text, who, served in found if text[:5] in {"Slowe", "Quiet"}]
        assert said and not any(served for _, served in said), found
