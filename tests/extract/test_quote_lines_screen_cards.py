"""The words a teaser shows once the screen cuts or fades to black are its end card: lettering,
not anyone's quote. The line spoken before them stays the work's line."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "The teaser for Kestrel Reach landed on Tuesday evening and passed a million views."


def test_the_words_after_the_screen_cuts_to_black_are_not_served() -> None:
    found = facts(
        _LEDE,
        "The 60-second clip ends with Wenna Treloar whispering “Who let them out?” before the "
        "screen cuts to black and the words “In cinemas 12 March”.",
    )
    assert served_quotes(found) == []
    assert all(quote.text != "In cinemas 12 March" for quote in found.quotes)


def test_a_fade_to_white_with_the_words_is_not_served() -> None:
    found = facts(
        _LEDE,
        "It fades to white, with the words “Some tides don't turn” over the sound of gulls.",
    )
    assert all(quote.text != "Some tides don't turn" for quote in found.quotes)
