"""A first name the article gives in full ("Ruth's statement:") is that person, never a company
of one word; a one-word name no one bears still speaks as a company."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Saltfleet series two: everything we know so far about the coastal drama."
_CREW = (
    "Creator Ruth Penhallow is writing every episode again, and director Colm Brady is back"
    " behind the camera."
)


def _speaker(paragraph: str, words: str) -> str | None:
    found = facts(_LEDE, _CREW, paragraph).quotes
    return next((q.speaker for q in found if q.text.startswith(words) and q.served), None)


def test_a_first_name_owning_a_statement_is_the_person() -> None:
    said = _speaker("Ruth's statement: “The twins have grown up a lot.”", "The twins")
    assert said == "Ruth Penhallow"


def test_a_one_word_name_no_one_bears_is_still_a_company() -> None:
    said = _speaker("Tidewell's statement: “The twins have grown up a lot.”", "The twins")
    assert said == "Tidewell"
