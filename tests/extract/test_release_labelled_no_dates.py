"""No release date yet, told after a "Release date" label or heading in the plain words
"there (still) isn't one", on invented text."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Copper Hollow wrap megathread"


def _kinds(*paragraphs: str) -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date="2026-02-10", title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_labelled_there_isnt_one_is_no_date_yet() -> None:
    assert _kinds("RELEASE DATE: there still isn't one. Please stop asking.") == {
        ("not_announced", "")
    }
    assert _kinds("Premiere date: There is not one yet, sadly.") == {("not_announced", "")}


def test_under_a_heading_there_still_isnt_one_is_no_date_yet() -> None:
    assert _kinds("Filming wrapped on Friday.", "Release date", "There still isn't one.") == {
        ("filming_wrapped", "2026-02-06"),
        ("not_announced", ""),
    }


def test_there_isnt_one_about_something_else_is_nothing() -> None:
    assert _kinds("Cast list: there isn't one yet.") == set()
