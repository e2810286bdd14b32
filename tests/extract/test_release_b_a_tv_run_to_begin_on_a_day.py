"""A TV work named by its kind as the subject, "will begin" on a day ("The four-part drama will
now begin on Sunday 8 March"): the run's first day. A start with another subject (a campaign, a
ballot) dates nothing of the work. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "ITV has moved the start of its new drama Weir Cottage by a week."


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-02-20", title="Weir Cottage moved to March")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_works_kind_to_begin_on_a_day_is_its_premiere() -> None:
    assert "2026-03-08" in _premieres(
        "ITV has moved its new drama Weir Cottage. The four-part drama will now begin on "
        "Sunday 8 March at 9pm.",
    )


def test_another_subject_to_begin_on_a_day_dates_nothing() -> None:
    assert "2026-03-08" not in _premieres(
        "ITV has moved its new drama Weir Cottage. The viewers' ballot will begin on Sunday "
        "8 March.",
    )
