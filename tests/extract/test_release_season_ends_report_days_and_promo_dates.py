"""Three readings on invented text: the end of a season is its last month ("wrapped at the end
of the summer" is August), a weekday that is the report's own ("began on Tuesday" in a report
dated a Tuesday) is that day, and a trailer's missing date is not the film's."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Quiet Harbour: what we know"


def _kinds(*paragraphs: str, date: str = "2025-10-14") -> set[tuple[str, str]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or "")) for r in served}


def test_a_shoot_wrapped_at_the_end_of_the_summer_is_the_last_summer_month() -> None:
    kinds = _kinds("Quiet Harbour is nearly ready. Filming wrapped at the end of the summer.")
    assert ("filming_wrapped", "2025-08") in kinds
    assert ("filming_wrapped", "2025-06/2025-08") not in kinds


def test_cameras_that_stopped_by_the_end_of_the_spring_is_may() -> None:
    kinds = _kinds("Production on Quiet Harbour finished towards the end of the spring.")
    assert ("filming_wrapped", "2025-05") in kinds
    assert ("filming_wrapped", "2025-03/2025-05") not in kinds


def test_a_shoot_that_began_on_the_reports_own_weekday_began_that_day() -> None:
    # 14 October 2025 is a Tuesday.
    kinds = _kinds("Principal photography on Quiet Harbour began on Tuesday morning in Leeds.")
    assert ("filming_started", "2025-10-14") in kinds
    assert ("filming_started", "2025-10-07") not in kinds


def test_cameras_that_rolled_on_the_reports_weekday_rolled_that_day() -> None:
    kinds = _kinds("Cameras rolled on Quiet Harbour on Tuesday, the studio confirmed.")
    assert ("filming_started", "2025-10-14") in kinds


def test_a_shoot_that_began_on_another_weekday_is_still_the_one_before() -> None:
    kinds = _kinds("Principal photography on Quiet Harbour began on Monday in Leeds.")
    assert ("filming_started", "2025-10-13") in kinds


def test_a_trailer_with_no_exact_date_is_no_word_on_the_release() -> None:
    kinds = _kinds(
        "Quiet Harbour is out on 3 March. The first trailer is still coming in the next "
        "fortnight, per the studio, no exact date.",
    )
    assert ("not_announced", "") not in kinds


def test_a_teaser_whose_date_is_unknown_says_nothing_of_the_release() -> None:
    kinds = _kinds("A teaser for Quiet Harbour is planned, though there is no firm date yet.")
    assert ("not_announced", "") not in kinds


def test_no_release_date_beside_a_trailer_is_still_no_release_date() -> None:
    kinds = _kinds("The Quiet Harbour trailer is out, but there is still no release date.")
    assert ("not_announced", "") in kinds
