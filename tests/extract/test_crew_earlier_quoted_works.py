"""A crew member's earlier work named in quotation marks credits its own maker, not ours: "the
2018 short “T”, directed by X", "the feature “T”, written by X", "two seasons of “T” for
director X" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(
        facts(
            "Pell Okonkwo-Vance directs all six episodes of Harrow Lane, the new ITV drama.",
            sentence,
            title="The editor behind Harrow Lane",
        )
    )


def test_a_dated_quoted_feature_directed_by_is_its_own_directors() -> None:
    found = _credits_in(
        "Her first job was the 2018 short “Tinder Moth”, directed by Grete Lindqvist-Moor, "
        "which went to Sundance."
    )
    assert ("director", "Grete Lindqvist-Moor") not in found
    assert ("director", "Pell Okonkwo-Vance") in found


def test_a_quoted_feature_written_by_is_its_own_writers() -> None:
    found = _credits_in("He then cut the thriller “Copper Gate”, written by Anselm Ruiz-Barr.")
    assert ("writer", "Anselm Ruiz-Barr") not in found


def test_a_quoted_series_shot_for_a_director_is_that_directors() -> None:
    found = _credits_in("She later edited three seasons of “Lowfield” for director Maren Tuck.")
    assert ("director", "Maren Tuck") not in found


def test_a_quoted_work_made_for_a_writer_is_that_writers() -> None:
    found = _credits_in("He scored ITV's “Saltings” for writer Odile Braithe-Kemp.")
    assert ("writer", "Odile Braithe-Kemp") not in found


def test_our_own_quoted_title_directed_by_stays() -> None:
    found = _credits_in("The series “Harrow Lane”, directed by Pell Okonkwo-Vance, runs six weeks.")
    assert ("director", "Pell Okonkwo-Vance") in found
