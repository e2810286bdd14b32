"""A passive credit whose "by" brings in the person with a described noun first ("written by
comedian X", "the score is by the folk musician X") credits X (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def _crew(sentence: str) -> set[tuple[str, str]]:
    return served_crew(
        "Gull Point, the new BBC comedy, starts filming in June.", sentence, title="Gull Point"
    )


def test_written_by_a_comedian_credits_the_writer() -> None:
    found = _crew("The series, directed by Ottla Reeve and written by comedian Brin Afolabi-Marsh, "
                  "is set in Whitby.")  # fmt: skip
    assert ("writer", "Brin Afolabi-Marsh") in found


def test_a_score_by_a_described_musician_credits_the_composer() -> None:
    found = _crew("The score is by the folk musician Idris Penhallow, and it is shot in Fife.")
    assert ("composer", "Idris Penhallow") in found
