"""A maker's craft after a comma-joined run of describing words: "X's soft, wintry photography",
"Y's spare, aching score" (invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_photography_after_two_adjectives() -> None:
    served = served_crew("The drama is lifted by Teodor Vass's soft, wintry photography.")
    assert ("cinematographer", "Teodor Vass") in served


def test_a_score_after_two_adjectives() -> None:
    served = served_crew(
        "Nothing lands harder than Juno Pell’s spare, aching score in the last reel."
    )
    assert ("composer", "Juno Pell") in served
