"""A credit a correction notice withdraws is no credit, a source word after "a" is a likeness and
no source, and an award winner's name after "by" is the credit (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_credit_the_correction_notice_withdraws_is_dropped() -> None:
    found = facts(
        "The film was shot by Orsolya Kemp and cut by Fenna Lusk.",
        "Correction: An earlier version of this article said the film was shot by Orsolya Kamp. "
        "The cinematographer is Orsolya Kemp.",
    )
    assert ("cinematographer", "Orsolya Kemp") in credits(found)
    assert ("cinematographer", "Orsolya Kamp") not in credits(found)


def test_a_credit_outside_the_notice_is_kept() -> None:
    found = facts("The film was shot by Orsolya Kamp, who also shot the pilot.")
    assert ("cinematographer", "Orsolya Kamp") in credits(found)


def test_a_novelist_co_writer_is_no_author_when_the_film_is_likened_to_a_story() -> None:
    found = facts(
        "Idris Calloway wrote the script with the novelist Tal Verno, and it has the density of "
        "a good short story."
    )
    assert ("writer", "Tal Verno") in credits(found)
    assert ("author", "Tal Verno") not in credits(found)


def test_a_novelist_co_writer_from_a_book_of_theirs_is_still_its_author() -> None:
    found = facts(
        "Idris Calloway wrote the script with the novelist Tal Verno, from a book she published "
        "in 2019."
    )
    assert ("author", "Tal Verno") in credits(found)


def test_an_award_winner_after_by_is_credited() -> None:
    found = facts("The original score is by BAFTA Cymru winner Tal Verno.")
    assert ("composer", "Tal Verno") in credits(found)


def test_award_winners_after_by_are_credited_and_the_award_is_not() -> None:
    found = facts("The score is by Emmy winners Tal Verno and Fenna Lusk.")
    assert {("composer", "Tal Verno"), ("composer", "Fenna Lusk")} <= credits(found)
    assert ("composer", "Emmy") not in credits(found)
