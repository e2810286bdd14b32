"""A work "is adapted from" a book (the work, no writer); the author of a trilogy or saga our
work is adapted from; a composer who "returns to score"; "with X writing all six episodes"; and
"X, taking over from Y, directs" (the verb is X's). Invented sentences."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Velmoor: everything we know"
_LEDE = "Velmoor is coming to cinemas next spring."


def _credits(*sentences: str) -> set[tuple[str, str]]:
    return credits(facts(_LEDE, *sentences, title=_TITLE))


def test_a_work_adapted_from_a_book_is_no_writer() -> None:
    found = _credits("Velmoor is adapted from Orlaith Quarrie’s bestselling novel.")
    assert ("writer", "Velmoor") not in found
    assert ("author", "Orlaith Quarrie") in found
    found = _credits("Talfryn Roke adapted it from Quarrie’s novel.")
    assert ("writer", "Talfryn Roke") in found


def test_the_author_of_the_trilogy_our_work_is_adapted_from() -> None:
    for sentence in (
        "Velmoor is adapted from Orlaith Quarrie’s bestselling Velmoor trilogy.",
        "The film is based on Orlaith Quarrie's fantasy saga.",
    ):
        assert ("author", "Orlaith Quarrie") in _credits(sentence), sentence


def test_another_titles_trilogy_or_one_not_adapted_names_no_author() -> None:
    for sentence in (
        "Her last film was adapted from Yorath Fenwright’s Marrowgate trilogy.",
        "Velmoor closes Kestrel Vane’s Velmoor trilogy.",
    ):
        found = _credits(sentence)
        assert not {c for c in found if c[0] == "author"}, sentence


def test_a_composer_who_returns_to_score() -> None:
    found = _credits("Ada Thornquist, whose music defined the series, returns to score.")
    assert ("composer", "Ada Thornquist") in found
    found = _credits("Ada Thornquist returns to score a documentary about whales.")
    assert ("composer", "Ada Thornquist") not in found


def test_a_writer_told_with_writing_every_episode() -> None:
    found = _credits("The series is new, with playwright Talfryn Roke writing all six episodes.")
    assert ("writer", "Talfryn Roke") in found
    found = _credits("The series is new, with playwright Talfryn Roke writing all the songs.")
    assert ("writer", "Talfryn Roke") not in found


def test_the_verb_after_whom_they_take_over_from_is_theirs() -> None:
    found = _credits(
        "Kestrel Vane, taking over from series director Talfryn Roke, directs with a steady hand."
    )
    assert ("director", "Kestrel Vane") in found
    assert ("director", "Talfryn Roke") not in found
