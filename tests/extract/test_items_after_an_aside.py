"""In a semicolon list, an aside about a person that names another work ("whose credits include
the drama Salt Year;") ends at the semicolon: the next item is about our production again. "A
collaborator of director X" credits X with nothing."""

from __future__ import annotations

from tests.extract.helpers import credits, facts
from tests.extract.helpers import served_pairs as served


def test_the_item_after_an_aside_about_another_work_is_ours_again() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "The team includes cinematographer Ivo Brandt, whose credits include the drama Salt "
        "Year; editor Nell Marr; and casting director Cass Morrow.",
    )
    assert {("cinematographer", "Ivo Brandt"), ("editor", "Nell Marr"),
            ("casting_director", "Cass Morrow")} <= credits(found)  # fmt: skip
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Tobin Gale, who starred in the thriller Moor Road, will play Amos Pike; and Odile "
        "Farrant will play Bess Wick.",
    )
    assert ("Odile Farrant", "Bess Wick") in served(found)


def test_a_sentence_about_another_work_stays_about_it_after_a_semicolon() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Her credits include the thriller Moor Road; editor Nell Marr cut it.",
    )
    assert ("editor", "Nell Marr") not in credits(found)


def test_a_collaborator_of_a_director_credits_the_director_with_nothing() -> None:
    found = facts(
        "Harrow Fields began filming on Monday.",
        "The film is cut by editor Nell Marr, a longtime collaborator of Danish director "
        "Ivo Brandt.",
    )
    assert ("director", "Ivo Brandt") not in credits(found)
    found = facts(
        "Harrow Fields began filming on Monday.",
        "Tobin Gale, a protégé of writer Cass Morrow, directs.",
    )
    assert ("writer", "Cass Morrow") not in credits(found)
