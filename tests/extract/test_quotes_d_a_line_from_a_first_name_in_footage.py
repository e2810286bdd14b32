"""In a paragraph about a teaser, "a final line from Dessa: “...”" gives a part's line by the
first name a piece calls a part by: no one's quote, even when a full name elsewhere starts the
same way. A line from someone the piece calls by surname is that person's remark."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Live from the Lumen showcase in Leeds, where the first teaser for Gannet Row is shown."


def _served(*lines: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *lines, date="2026-03-02"))


def test_a_line_from_a_first_name_after_the_teaser_is_not_served() -> None:
    found = _served(
        "10:05 GANNET ROW! The teaser is here. Dessa and Joss on a ferry, then a final line from"
        " Dessa: “Nobody rows back alone.” Lumen says it is coming “spring 2027”.",
        "9:30 We're in our seats, beside a very large cardboard cut-out of Dessa Moor.",
    )
    assert not [t for t, _ in found if t.startswith("Nobody rows")], found


def test_a_line_from_a_surname_after_the_teaser_stays_quoted() -> None:
    found = _served(
        "10:05 Director Kestle Trewin introduces the teaser, then a final line from Trewin:"
        " “We shot it all in nine days.”",
    )
    assert ("We shot it a", "Kestle Trewin") in found, found
