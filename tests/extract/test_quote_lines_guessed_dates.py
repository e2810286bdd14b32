"""A date phrase in marks that someone guesses ("predicting “late 2027”") is held, no one's
quote; a date phrase a source gives stays served."""

from tests.extract.helpers import facts, served_quotes


def _served(*paragraphs: str, title: str | None = None) -> list[tuple[str, str]]:
    return served_quotes(facts(*paragraphs, title=title))


def test_a_guessed_date_phrase_in_marks_is_held() -> None:
    assert (
        _served(
            "Quillmoor Reach has no date yet.",
            "Some fan pages have been predicting “late 2027”, but that is guesswork.",
        )
        == []
    )


def test_a_date_phrase_a_spokesperson_said_stays_served() -> None:
    assert (
        _served(
            "Quillmoor Reach has no date yet.",
            "Vrellick Pictures said only that the series would land “in late 2027”.",
        )
        != []
    )
