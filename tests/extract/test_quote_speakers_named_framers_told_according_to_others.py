"""Quotes on invented text: a named subject's words ("Director Ivo Brandt called her “...”",
"Ivo Brandt said the crew were “...”") told after the quote "according to" someone else are
the subject's, not the teller's; a pronoun subject stays with the rules that read pronouns."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Ten things we learned on the Saltmarsh press day."
_PART = "Mara Tell plays Edie Crane in the film."


def _credited(line: str) -> list[str]:
    found = facts(_LEDE, _PART, line)
    return [q.speaker for q in found.quotes if q.served]


def test_a_named_subjects_words_told_according_to_another_are_the_subjects() -> None:
    for line in (
        "Director Ivo Brandt called her “the heart of the shoot”, according to Tell.",
        "Ivo Brandt said the crew were “a family in wellies”, according to Tell.",
    ):
        assert _credited(line) == ["Ivo Brandt"], line


def test_a_pronoun_subject_or_a_lone_teller_is_not_moved() -> None:
    assert "Ivo Brandt" not in _credited(
        "He called her “the best in the business”, according to Tell."
    )
    assert _credited("The shoot was “a family in wellies”, according to Tell.") == ["Mara Tell"]
