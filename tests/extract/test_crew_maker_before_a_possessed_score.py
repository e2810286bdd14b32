"""A possessed score after its maker told as another: "the composer behind X's score" makes X
the work whose score it is, never its composer (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_the_composer_behind_a_works_score() -> None:
    found = served_crew(
        "The composer behind Brindlecombe Forever’s score on writing for a goodbye, and why he "
        "recorded half of it on a broken piano.",
        title="Meet the man who scored the Brindlecombe farewell",
    )
    assert ("composer", "Brindlecombe Forever") not in found


def test_a_persons_score_still_credits_them() -> None:
    found = served_crew(
        "Netflix has released the trailer for Brindlecombe Forever, and Ivo Marchetti-Lund’s "
        "score is already everywhere.",
        title="Brindlecombe Forever trailer",
    )
    assert ("composer", "Ivo Marchetti-Lund") in found
