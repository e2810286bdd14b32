"""A shoot's day written without a year right after a sentence that names its month with a
year, on invented text: the day is in that year, not the one the article's date gives it."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quillmarsh: the director on the ending"


def _kinds(*paragraphs: str, date: str = "2026-11-27") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.window or r.date)) for r in served}


def test_a_wrap_day_after_its_month_of_last_year_is_last_year() -> None:
    kinds = _kinds("We shot Quillmarsh from March to May of last year. We wrapped on May 30.")
    assert ("filming_wrapped", "2025-05-30") in kinds


def test_a_wrap_day_after_its_month_with_a_year_takes_that_year() -> None:
    kinds = _kinds("We shot Quillmarsh in Cork, from March to May 2024. We wrapped on May 30.")
    assert ("filming_wrapped", "2024-05-30") in kinds


def test_a_wrap_day_after_another_month_keeps_its_year() -> None:
    kinds = _kinds("We shot Quillmarsh in Cork, from March of last year. We wrapped on May 30.")
    assert ("filming_wrapped", "2026-05-30") in kinds
