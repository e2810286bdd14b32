"""A score or script written for another named work credits that work, not ours, a titled
book that a next project adapts is that project's source, and a maker named in a title's
apposition ("T, a thriller from director X") is that title's (invented sentences, none of the
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


def _credits_beside(sentence: str) -> set[tuple[str, str]]:
    """Credits with the film's own title known from its lede."""
    lede = "Filming on the Fennel Row movie wrapped in May."
    return credits(facts(lede, sentence, title="Fennel Row wraps"))


def test_a_next_project_spelled_out_after_a_colon_credits_no_author() -> None:
    found = _credits_beside(
        "Tova Lindqvar already has her next project lined up: an adaptation of Pell Sorrow's "
        "novel The Gull House for a British studio."
    )
    assert ("author", "Pell Sorrow") not in found


def test_a_source_spelled_out_after_a_colon_keeps_its_author() -> None:
    found = _credits_beside(
        "The film has its source on the page: an adaptation of Pell Sorrow's novel The Gull House."
    )
    assert ("author", "Pell Sorrow") in found


def test_the_director_in_another_titles_apposition_is_no_credit() -> None:
    found = _credits_beside(
        "Orrin Maleck is due on the set of Brisk Water, a period thriller from Danish director "
        "Tova Lindqvar, in September."
    )
    assert ("director", "Tova Lindqvar") not in found


def test_the_director_in_our_titles_apposition_stays() -> None:
    found = _credits_beside(
        "Fennel Row, a period thriller from Danish director Tova Lindqvar, was shot in Hull."
    )
    assert ("director", "Tova Lindqvar") in found


def test_a_title_apposed_in_an_article_with_no_known_title_keeps_its_director() -> None:
    found = credits(
        facts(
            "In Brisk Water, a new film from director Tova Lindqvar, Orrin Maleck plays a widower.",
            title="Orrin Maleck: a life on the water",
        )
    )
    assert ("director", "Tova Lindqvar") in found
