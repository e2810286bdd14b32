"""Words someone "says" in the film or on screen ("counted how often Ada Vale, as the
ferrywoman, says “...” in the film.") are a line of the work, held; words said in the film's
press notes, or said with no work named after them, stay the sayer's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Fans have spent the week picking apart Tidewater Lane, the drama that landed on Friday."


def test_words_an_actor_says_in_the_film_are_held() -> None:
    found = facts(
        _LEDE,
        "One thread counted the times Marguerite Oyelaran, as the harbourmaster, says "
        "“steady now” in the film. The total is nineteen.",
    )
    assert served_quotes(found) == []


def test_words_a_part_says_on_screen_are_held() -> None:
    found = facts(
        _LEDE,
        'Nobody will relax until Inspector Brannock says "not on my watch" on screen again.',
    )
    assert served_quotes(found) == []


def test_words_said_in_the_films_press_notes_stay_the_sayers() -> None:
    found = facts(
        _LEDE,
        "Marguerite Oyelaran says “I learned to row for this” in the film's press notes.",
    )
    assert served_quotes(found) == [("I learned to", "Marguerite Oyelaran")]


def test_words_said_with_no_work_after_them_stay_the_sayers() -> None:
    found = facts(
        _LEDE,
        "Marguerite Oyelaran says “the harbour felt like home” and means it.",
    )
    assert served_quotes(found) == [("the harbour ", "Marguerite Oyelaran")]
