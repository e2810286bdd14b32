"""A fact sheet's release line may name whose cinemas in brackets after the date ("Release:
Friday 6 November 2026 (UK & Ireland cinemas)"): still the release date, as "(US)" is."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Discussion thread for Moss Hollow, in cinemas from today. Spoilers below."


def test_a_label_date_with_bracketed_cinemas_is_read() -> None:
    for line in (
        "Release: Friday 6 November 2026 (UK & Ireland cinemas)",
        "Release date: 6 November 2026 (US theaters)",
        "Out: 6 November 2026 (cinemas)",
    ):
        found = release_kinds(
            _LEDE, "Director: Ana Ruiz", line, date="2026-11-06", title="Moss Hollow thread"
        )
        assert ("premiere_date", "2026-11-06", False) in found, line


def test_a_bracket_that_limits_the_date_stays_unread() -> None:
    found = release_kinds(
        _LEDE,
        "Director: Ana Ruiz",
        "Release: 6 November 2026 (UK cinemas only, streaming later)",
        date="2026-11-06",
        title="Moss Hollow thread",
    )
    assert ("premiere_date", "2026-11-06", False) not in found
