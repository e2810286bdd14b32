"""The month a release date was given out ("Streamly confirmed the release date, 9 May, in
March") is when the news came, not a window of the release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-04-20", title="Tarn Hollow: the dub cast")
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_the_month_a_date_was_given_is_no_window() -> None:
    assert not _windows("Streamly confirmed the release date, 9 May, in February.")
    assert not _windows("Tallow announced the premiere date in March after a long wait.")


def test_a_month_the_film_arrives_in_is_still_its_window() -> None:
    assert _windows("Tarn Hollow arrives on Streamly in June.") == {"2026-06"}
