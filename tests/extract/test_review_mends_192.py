"""Review mends of round 192: the rules of that round read on sentences written otherwise than
the articles they were tuned on. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_DRAMA_TITLE = "Gannet Row is streaming now"
_DRAMA_LEDE = "Gannet Row, a six-part drama about a Hull fishing family, streams in full today."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        _DRAMA_LEDE, f"The series is directed by Oona Pell. {sentence}", title=_DRAMA_TITLE
    )


def test_a_company_after_its_noun_is_no_person_whatever_its_name() -> None:
    assert ("producer", "Marsh Gate") not in _crew("It is produced by Hull indie Marsh Gate.")
    assert not any(
        name == "Marsh Gate" for _, name in _crew("It is produced by Hull indie outfit Marsh Gate.")
    )


def test_a_person_after_the_company_still_credited() -> None:
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull indie Saltire Films and Tam Ruddock."
    )
    assert ("producer", "Tam Ruddock") in _crew(
        "It was produced by Hull outfit Saltire Films’ Tam Ruddock."
    )
