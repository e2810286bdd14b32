"""Quotes and their speakers on invented text: a closing ", writing:" belongs to the nearest
clause's subject ("Ada posted a selfie, while Lumen shared a clip, writing: ..."), not to the
person whose posting an earlier clause tells of."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_later_clauses_subject_owns_writing() -> None:
    for sentence in (
        "Mara Quill, who plays the baker Tess, also posted a photo from her last day, while "
        "Brightfold Pictures shared a clip of the empty bakery, writing: “Thank you for "
        "everything.”",
        "Mara Quill posted a selfie from the set, and Brightfold Pictures put up a photo of the "
        "slate, adding: “Thank you for everything.”",
    ):
        found = facts(
            "Filming on Lantern Row wrapped yesterday.",
            sentence,
            date="2026-03-02",
            title="Lantern Row wraps",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("Thank")]
        assert said and "Mara Quill" not in said, said


def test_a_single_clause_with_writing_keeps_its_subject() -> None:
    found = facts(
        "Filming on Lantern Row wrapped yesterday.",
        "Mara Quill posted a photo from her last day, writing: “Thank you for everything.”",
        date="2026-03-02",
        title="Lantern Row wraps",
    )
    said = [q.speaker for q in found.quotes if q.text.startswith("Thank")]
    assert said == ["Mara Quill"], said


def test_the_object_of_the_verb_is_no_later_clause() -> None:
    for sentence, who in (
        ("Tetteh shared the poster on Instagram, writing: “Six weeks. Start stretching now.”",
         "Bram Tetteh"),
        ("Tetteh shared the poster, while Vildmark posted a clip, writing: “Six weeks. Start "
         "stretching now.”", "Saskia Vildmark"),
    ):  # fmt: skip
        found = facts(
            "Saltmere opens on Corvane on 6 March, starring Bram Tetteh and Saskia Vildmark.",
            sentence,
        )
        assert [q.speaker for q in found.quotes if q.text.startswith("Six")] == [who], sentence
