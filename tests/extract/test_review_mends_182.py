"""Review of round 182's rules on sentences of other shapes (invented text, none of the
corpus's names or titles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_RELEASE = "Gorse Lane, the drama from Pell Ardon, will be released on Netflix on Friday 8 May."


def _premiere_dates(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-01", title="Radio hour marks Gorse Lane release")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_date_on_the_eve_of_the_works_release_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May, the eve of the film's release.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}


def test_a_date_told_as_on_the_eve_of_its_release_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May, on the eve of its release.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}


def test_an_eve_timed_with_dotted_pm_is_another_events() -> None:
    found = _premiere_dates(
        "A station will air a tribute hour on Thursday 7 May at 8 p.m., the evening before the"
        " film is released.",
        _RELEASE,
    )
    assert found == {"2026-05-08"}
