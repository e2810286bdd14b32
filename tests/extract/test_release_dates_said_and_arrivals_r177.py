"""Release days and shoot ends found on invented text: "comes to Netflix on Friday 17 April", a
wrap told after a teller's "said" or a fronted "After ...,", and "It wrapped in September"."""

from __future__ import annotations

from tests.extract.helpers import served_releases

_TITLE = "Mornhaven: the shoot is over"


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str, bool]]:
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {(r.kind.value, str(r.date or r.window or ""), r.hedged) for r in served}


def test_comes_to_a_streamer_on_a_day_is_the_premiere() -> None:
    kinds = _kinds(
        "Olwen Skey talked about Mornhaven, the new Netflix film, at a festival screening.",
        "The film, directed by Olwen Skey, comes to Netflix on Friday 17 April.",
        date="2026-03-23",
    )
    assert ("premiere_date", "2026-04-17", False) in kinds


def test_a_wrap_a_company_said_happened_this_week_is_this_month() -> None:
    kinds = _kinds(
        "Filming on Mornhaven, the new Netflix film, is over.",
        "Production company Tarrowby Films said shooting finished in Harlow Quay this week.",
        date="2025-09-26",
    )
    assert ("filming_wrapped", "2025-09", False) in kinds


def test_a_wrap_after_a_fronted_clause_is_read() -> None:
    kinds = _kinds(
        "Mornhaven is a new Netflix film.",
        "After two months of shooting in Harlow Quay, filming on Mornhaven wrapped this week.",
        date="2025-09-26",
    )
    assert ("filming_wrapped", "2025-09", False) in kinds


def test_it_wrapped_in_a_month_is_the_films_wrap() -> None:
    kinds = _kinds(
        "Olwen Skey talked about Mornhaven, the new Netflix film, on stage.",
        "Skey confirmed the film was shot in Harlow Quay over the summer. It wrapped in September.",
        date="2025-10-25",
    )
    assert ("filming_wrapped", "2025-09", False) in kinds
