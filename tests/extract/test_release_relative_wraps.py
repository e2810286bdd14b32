"""A shoot's end told in a relative clause on the work ("The film, which wrapped in March, is
due on Brightwave next year") is the wrap's month, whatever release follows."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "Dunmore Reach is a Brightwave film starring Tove Arlan.",
        *paragraphs,
        date="2031-11-20",
        title="Tove Arlan on Dunmore Reach",
    )


def test_the_film_which_wrapped_in_a_month_is_its_wrap() -> None:
    found = _kinds("The film, which wrapped in September, is due on Brightwave in 2032.")
    assert ("filming_wrapped", "2031-09", False) in found


def test_the_series_which_finally_wrapped_in_a_month_is_its_wrap() -> None:
    found = _kinds("Arlan says the series, which finally wrapped in July, was her hardest job.")
    assert ("filming_wrapped", "2031-07", False) in found


def test_a_book_which_wrapped_in_a_month_is_no_wrap() -> None:
    found = _kinds("Her memoir, which wrapped in August, is out next spring.")
    assert not {kind for kind, _, _ in found if kind == "filming_wrapped"}
