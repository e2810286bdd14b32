"""A review's where line under its headline ("Prime Video, from Friday", "In cinemas from 12 June")
gives the reviewed work's premiere day; the same line under a headline that is no review, or
a day the text already serves, is left as it was. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Odile Brannagh is terrific in a drama about a seaside ironmonger."
_BODY = (
    "There is a moment, about an hour into Tin Lane, when the ironmonger finally closes the shop "
    "and sits on the sea wall, and the film holds on her face for a long, long time."
)


def _found(title: str, *lines: str, date: str = "2025-10-08") -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, *lines, _BODY, date=date, title=title)  # a Wednesday


def test_a_reviews_weekday_where_line_gives_the_premiere() -> None:
    assert ("premiere_date", "2025-10-10", False) in _found(
        "Tin Lane review – a small, salty delight ★★★★☆", "By Rhoda Fennimore", "★★★★☆",
        "Prime Video, from Friday",
    )  # fmt: skip


def test_a_reviews_dated_where_line_gives_the_premiere() -> None:
    assert ("premiere_date", "2025-10-17", False) in _found(
        "Tin Lane review: salt, rust and a very good dog", "In cinemas from Friday 17 October"
    )


def test_the_same_line_under_a_headline_that_is_no_review_gives_nothing() -> None:
    assert _found("Odile Brannagh on salt, rust and Tin Lane", "Prime Video, from Friday") == set()
