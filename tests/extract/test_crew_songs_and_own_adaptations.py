"""The original songs credited in the passive ("the original songs are by X": a composer) and
an author adapting their own book for the screen ("with X adapting her novels for the screen":
writer and author)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_original_songs_by_someone_credit_a_composer() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ned Farrow plays the ferryman, and the original songs are by Juno Castell.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("composer", "Juno Castell") in credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Original songs were written by Pim Oduya, who also plays piano on the soundtrack.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("composer", "Pim Oduya") in credits(found)


def test_songs_without_original_credit_nobody() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "The songs are by Juno Castell, whose records the director grew up with.",
        title="Harrow Light heads to Rotterdam",
    )
    assert "Juno Castell" not in {n for _, n in credits(found)}


def test_adapting_ones_own_book_for_the_screen_credits_writer_and_author() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ned Farrow stars as Tom Ashe, with Rhea Mott adapting her novels for the screen.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Rhea Mott"), ("author", "Rhea Mott")} <= credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Tomas Ilves is adapting his 2018 memoir for the big screen.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Tomas Ilves"), ("author", "Tomas Ilves")} <= credits(found)


def test_adapting_ones_book_for_the_stage_credits_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Rhea Mott is adapting her novel for the stage, and Tomas Ilves spent years adapting "
        "his memoir into a podcast.",
        title="Harrow Light heads to Rotterdam",
    )
    assert not {n for _, n in credits(found) if n in {"Rhea Mott", "Tomas Ilves"}}


def test_who_adapted_a_volume_of_their_books_for_the_screen_is_writer_and_author() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Mott, who adapted the final volume of her novels for the screen, posted a sketch.",
        "Rhea Mott thanked the crew.",
        title="Harrow Light heads to Rotterdam",
    )
    assert {("writer", "Rhea Mott"), ("author", "Rhea Mott")} <= credits(found)


def test_a_book_that_was_adapted_for_the_screen_credits_no_one_with_it() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Rhea Mott said her novel was adapted for the screen with great care.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("writer", "Rhea Mott") not in credits(found)
