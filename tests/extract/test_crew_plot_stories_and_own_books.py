"""A co-writer described as a novelist is no author when the sentence's "story" is the plot,
and a writer who adapted their own book is its author (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_novelist_co_writer_is_no_author_when_the_story_is_the_plot() -> None:
    found = facts(
        "The film, which Corentin Valdes co-wrote with the novelist Maja Terzic, tells the story "
        "of two sisters who run a ferry."
    )
    assert ("writer", "Maja Terzic") in credits(found)
    assert ("author", "Maja Terzic") not in credits(found)


def test_novelist_co_writer_with_the_story_of_later_in_the_sentence() -> None:
    found = facts(
        "Orla Venn co-wrote the screenplay with the Polish novelist Tomasz Reyes, and it is the "
        "story of a lighthouse keeper's last winter."
    )
    assert ("author", "Tomasz Reyes") not in credits(found)


def test_which_x_adapted_from_their_own_book_is_the_author() -> None:
    found = facts("The second season, which Petra Lomax adapted from her own debut novel, opens.")
    assert ("author", "Petra Lomax") in credits(found)


def test_x_adapted_the_screenplay_from_their_own_memoir_is_the_author() -> None:
    found = facts("Ines Varga adapted the screenplay from their own memoir of a Lagos childhood.")
    assert ("author", "Ines Varga") in credits(found)


def test_adapted_from_someone_elses_book_is_no_author() -> None:
    found = facts("The series, which Petra Lomax adapted from a novel by her late aunt, opens.")
    assert ("author", "Petra Lomax") not in credits(found)
