"""Credits the sentence gives to something other than the article's production: a stage version,
another play's staging, another series glossed after its title, the earlier seasons' directors
said not to be on this one, a promotional piece, a company read as a person."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_TITLE = "Lark Hollow: first look at the Vela drama"
_LEDE = "Lark Hollow, the new Vela drama, is based on Fenna Oak's 2019 novel about a ferry family."


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    return served_credits(facts(_LEDE, *paragraphs, date="2026-03-01", title=_TITLE))


def test_writing_a_books_stage_version_is_not_writing_the_book() -> None:
    credits = _served(
        "It is adapted by Jory Stell, who wrote the book's stage version in 2022, and directed"
        " by Dorrit Vane."
    )
    assert ("writer", "Jory Stell") in credits
    assert ("director", "Dorrit Vane") in credits
    assert ("author", "Jory Stell") not in credits


def test_writing_the_book_still_credits_its_author() -> None:
    assert ("author", "Jory Stell") in _served("Jory Stell wrote the book in 2019.")


def test_earlier_seasons_directors_said_after_a_semicolon_not_to_be_on_this_one() -> None:
    credits = _served(
        "Those seasons were directed by Ulla Brisk and Tod Varne; neither is on this production."
    )
    assert ("director", "Ulla Brisk") not in credits
    assert ("director", "Tod Varne") not in credits


def test_a_director_of_a_named_plays_staging_is_not_ours() -> None:
    credits = _served(
        "His only credit was a stage role in a touring production of Heron Wake directed by"
        " Osk Lamarr."
    )
    assert ("director", "Osk Lamarr") not in credits


def test_another_series_glossed_with_its_cast_then_its_director() -> None:
    credits = _served(
        "Its rivals include Sable Fen, the Cornish adventure series starring Bettany Crewe as"
        " Jenna Holt and directed by Ulla Brisk."
    )
    assert ("director", "Ulla Brisk") not in credits


def test_both_creators_of_a_glossed_other_sitcom_are_not_ours() -> None:
    credits = _served("Its slot goes to Gull Row, the sitcom created by Ulla Brisk and Tod Varne.")
    assert ("creator", "Ulla Brisk") not in credits
    assert ("creator", "Tod Varne") not in credits


def test_a_trailers_or_titles_maker_is_held() -> None:
    assert ("director", "Osk Lamarr") not in _served("The trailer was directed by Osk Lamarr.")
    credits = _served(
        "The animation was produced by Leeds-based Wren & Slate Studio under the direction of"
        " Osk Lamarr."
    )
    assert ("director", "Osk Lamarr") not in credits
    assert ("director", "Osk Lamarr") in _served("The film was directed by Osk Lamarr.")


def test_a_company_heading_does_not_make_its_first_word_a_producer() -> None:
    credits = _served(
        "The titles were produced by Leeds-based Wren & Slate Studio.",
        "About Wren & Slate Studio",
        "Wren & Slate Studio is an animation studio founded in 2009.",
    )
    assert not {name for role, name in credits if role == "producer"}


def test_a_trailers_maker_set_off_as_the_works_own_post_is_served() -> None:
    credits = _served("The trailer is scored by Osk Lamarr, the film's composer, and it is loud.")
    assert ("composer", "Osk Lamarr") in credits
