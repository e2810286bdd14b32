"""A film named only as what "it" or "that" was ("That was Odile Brack's film, and he was superb
in it") answers for a work spoken of before, often another one, so it credits no director of
the article's; the article's film told with its maker as subject keeps the credit (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_a_film_pointed_back_to_credits_no_director() -> None:
    for sentence in (
        "That was Odile Brack's film, and he was superb in it.",
        "Honestly, it was Odile Brack’s film, not mine.",
    ):
        assert ("director", "Odile Brack") not in served_crew(sentence), sentence


def test_a_film_told_with_its_maker_as_subject_stays() -> None:
    served = served_crew("Odile Brack's film, which opens on Friday, was a hit at the gala.")
    assert ("director", "Odile Brack") in served
