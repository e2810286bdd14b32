"""Words written on a slate or board that a post shows are no one's quote."""

from __future__ import annotations

from tests.extract.helpers import quote_readings


def test_a_slates_words_with_the_caption_in_the_next_sentence_are_no_quote() -> None:
    found = quote_readings(
        "Brackenmoor wrapped in Hull on Tuesday.",
        "The official @brackenmoor account posted the slate from the last take, which read "
        '"Last roll. Last light." It captioned the post: "We did it, all of us. Thank you."',
    )
    assert "Last roll. L" not in found or not found["Last roll. L"][2]
    assert "We did it, a" in found


def test_a_photo_of_a_clapperboard_chalked_with_words_is_no_quote() -> None:
    found = quote_readings(
        "Brackenmoor wrapped in Hull on Tuesday.",
        "The show's account shared a photo of the final clapperboard, chalked with "
        "'Brackenmoor: done and dusted', and fans have shared it ever since.",
    )
    assert "Brackenmoor:" not in found or not found["Brackenmoor:"][2]


def test_a_picture_of_a_board_that_says_words_is_no_quote() -> None:
    found = quote_readings(
        "Brackenmoor wrapped in Hull on Tuesday.",
        "Ondine Ravell posted a picture of the art department's board, scrawled with "
        '"See you at the premiere", to her followers.',
    )
    assert "See you at t" not in found or not found["See you at t"][2]
