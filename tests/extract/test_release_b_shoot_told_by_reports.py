"""A shoot's start told as what reports say ("referencing reports that filming began in July")
is hedged: the paper passes it on, it does not state it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_start_inside_reports_that_is_hedged() -> None:
    assert release_dates(
        "“That’s the harbour wall,” wrote one fan of Pellbury, referencing reports that filming"
        " began in July.",
        title="Pellbury teaser: the reactions",
        date="2025-12-03",
    ) == {("filming_started", "2025-07", True)}


def test_a_start_in_confirmed_reports_stays_plain() -> None:
    assert release_dates(
        "The studio confirmed reports that filming on Pellbury began in July.",
        title="Pellbury teaser: the reactions",
        date="2025-12-03",
    ) == {("filming_started", "2025-07", False)}
