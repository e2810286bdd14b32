"""Quotes on invented text: a fan's "When she says “...” I had to pause it", the pronoun
standing for no one the page names, retells a moment of the work: held, not served as no one's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_words_after_when_she_says_with_no_one_named_are_held() -> None:
    found = facts(
        "Megathread: Brackenfold is out now. Spoilers below, you have been warned.",
        "Can we talk about the gran?? Five minutes of screen time and she wrecked me. When she"
        " says “You were always enough, pet” I had to pause it.",
        date="2026-06-05",
    )
    served = served_quotes(found)
    assert not any(text.startswith("You were alw") for text, _ in served), served
