"""A year given as the makers' official line, or as all they have said, is their window, on
invented text: "the official line is still just 2027", "Hulu's official word remains '2027'",
"has so far only committed to 2027". A year already past, or one said of another show, is not."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Fern Gully Road: the latest"


def _kinds(*paragraphs: str, date: str = "2026-05-11") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_an_official_line_of_just_a_year_is_the_window() -> None:
    kinds = _kinds(
        "Ignore the dates going round online. The studio's official line is still just 2027, "
        "and nothing more.",
    )
    assert ("window", "2027") in kinds


def test_an_official_word_that_remains_a_quoted_year_is_the_window() -> None:
    kinds = _kinds("Fern Gully Road has wrapped. Hulu's official word remains '2027'.")
    assert ("window", "2027") in kinds


def test_an_official_line_of_a_past_year_is_no_window() -> None:
    kinds = _kinds("The official line is still 2024, the year the book came out.")
    assert not {k for k in kinds if k[0] == "window"}


def test_a_year_a_studio_has_only_committed_to_is_the_window() -> None:
    kinds = _kinds("Fern Gully Road has wrapped, and Hulu has so far only committed to 2027.")
    assert ("window", "2027") in kinds


def test_all_a_studio_has_said_is_a_year_is_the_window() -> None:
    kinds = _kinds('Fans keep asking when it lands. All the studio has said is "2027".')
    assert ("window", "2027") in kinds


def test_a_year_only_confirmed_for_something_else_is_no_window() -> None:
    kinds = _kinds("Hulu has only confirmed 2027 for the first season of its other show.")
    assert not {k for k in kinds if k[0] == "window"}
