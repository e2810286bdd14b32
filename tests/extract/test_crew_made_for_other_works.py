"""A score or script written for another named work credits that work, not ours, and a titled
book that a next project adapts is that project's source (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def _credits_in(sentence: str) -> set[tuple[str, str]]:
    return credits(facts("Salt Meadow wrapped in May.", sentence, title="Salt Meadow wraps"))


def test_the_score_for_another_titled_thriller_is_no_credit() -> None:
    found = _credits_in("Lise Haraldsen writes the score for the thriller Cold Harbour.")
    assert ("composer", "Lise Haraldsen") not in found


def test_the_script_for_another_title_is_no_credit() -> None:
    found = _credits_in("Lise Haraldsen is writing the script for Cold Harbour, her next job.")
    assert ("writer", "Lise Haraldsen") not in found


def test_the_score_for_our_own_title_stays() -> None:
    found = _credits_in("Lise Haraldsen is writing the score for Salt Meadow.")
    assert ("composer", "Lise Haraldsen") in found


def test_a_titled_book_a_next_project_adapts_credits_no_author() -> None:
    found = _credits_in(
        "Next, Dorrit Quell is attached to direct an adaptation of Ines Caraway’s novel Marrow "
        "Tide, which a studio is eyeing for 2028."
    )
    assert ("author", "Ines Caraway") not in found


def test_a_titled_book_our_film_adapts_keeps_its_author() -> None:
    found = _credits_in("The film is an adaptation of Ines Caraway’s novel Marrow Tide.")
    assert ("author", "Ines Caraway") in found
    found = _credits_in(
        "Dorrit Quell wrote the screenplay, adapting Ines Caraway’s 2019 novel Marrow Tide."
    )
    assert ("author", "Ines Caraway") in found
