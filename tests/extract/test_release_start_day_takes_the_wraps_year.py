"""A shoot's first day told before its wrap, with the year written only on the wrap, takes the
wrap's year, on invented text: "began on 11 May and wrapped in early July 2024" began in May 2024,
not in the May the article's own date would give it; a start in a later month than the wrap
("began on 23 November and wrapped on 8 January 2025") began the year before.
"""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Tarn Hollow opens the season"


def _starts(*paragraphs: str) -> set[str]:
    served = served_releases(*paragraphs, date="2025-09-20", title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "filming_started"}


def test_a_start_day_before_a_wrap_month_with_a_year_takes_that_year() -> None:
    starts = _starts(
        "Tarn Hollow is the festival's opening film. The shoot began on 11 May and wrapped in "
        "early July 2024, mostly around Kendal."
    )
    assert starts == {"2024-05-11"}


def test_a_start_day_before_a_wrap_day_in_the_new_year_takes_the_year_before() -> None:
    starts = _starts(
        "Tarn Hollow is the festival's opening film. Filming began on 23 November and finished "
        "on 8 January 2025."
    )
    assert starts == {"2024-11-23"}


def test_a_start_day_with_its_own_year_keeps_it() -> None:
    starts = _starts(
        "Tarn Hollow is the festival's opening film. Filming began on 3 March 2024 and wrapped "
        "in early May 2024."
    )
    assert starts == {"2024-03-03"}
