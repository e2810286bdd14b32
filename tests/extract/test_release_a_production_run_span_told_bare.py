"""A past shoot told as "Production ran from 3 March to 17 April 2025 around Corlough", or a
speaker's "We started on 14 July and wrapped on 19 September", began on the first day and
wrapped on the last; "the production ran" is as likely a stage run."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def _dates(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(
        "The first trailer for the drama Marrowick Sound is here.",
        sentence,
        date="2026-03-10",
        title="Marrowick Sound trailer",
    )


def test_a_bare_production_run_is_the_shoot() -> None:
    found = _dates("Production ran from 3 March to 17 April 2025 around Corlough, Co Laois.")
    assert found == {
        ("filming_started", "2025-03-03", False),
        ("filming_wrapped", "2025-04-17", False),
    }, found


def test_the_production_ran_at_a_theatre_is_no_shoot() -> None:
    found = _dates("The production ran from 3 March to 17 April 2025 at the Lyric in Corlough.")
    assert not found, found


def test_a_speakers_started_and_wrapped_days_are_the_shoots() -> None:
    found = _dates(
        "Pell: We started on 14 July 2025 in Corlough and wrapped on 19 September, on a beach."
    )
    assert found == {
        ("filming_started", "2025-07-14", False),
        ("filming_wrapped", "2025-09-19", False),
    }, found


def test_a_start_without_a_wrap_tells_no_shoot() -> None:
    found = _dates("Pell: We started on 14 July 2025 in Corlough, rehearsing on a beach.")
    assert not found, found
