"""Quotes and their speakers on invented text: a bare "she says" after a sentence about one
person that names another as saying something is the one the article has quoted as "she",
never the sentence's subject by default."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speaker(sentence: str) -> str | None:
    found = facts(
        "Director Ada Vale is full of praise for her lead. “Tom listens,” she says.",
        sentence,
        date="2026-04-01",
        title="Marsh Lane: making a film at sea",
    )
    said = {q.text: q.speaker for q in found.quotes if q.served}
    return said.get("Film makes the sea look alive")


def test_she_says_after_a_choice_someone_says_they_fought_for() -> None:
    for sentence in (
        "Editor Piotr Nowak cut the film in six weeks, a pace Vale says she insisted on. "
        "“Film makes the sea look alive,” she says.",
        "Composer Rhys Dunn wrote the score on a harmonium, an idea Vale said she loved. "
        "“Film makes the sea look alive,” she says.",
    ):
        assert _speaker(sentence) == "Ada Vale", sentence


def test_with_no_one_quoted_as_she_the_subject_is_not_credited() -> None:
    found = facts(
        "Director Ada Vale and editor Piotr Nowak spent a winter on the boat.",
        "Nowak cut the film in six weeks, a pace Vale says she insisted on. "
        "“Film makes the sea look alive,” she says.",
        date="2026-04-01",
        title="Marsh Lane: making a film at sea",
    )
    said = {q.text: q.speaker for q in found.quotes if q.served}
    assert said.get("Film makes the sea look alive") in {None, "", "Ada Vale"}, said
