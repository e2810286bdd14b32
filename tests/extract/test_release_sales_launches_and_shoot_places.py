"""Two kinds of time that read like a release or another work's. A film's sales launched at a
trade market ("international sales will be launched at the market in February") are a trade
event, not the release, however long the market's name before its day; the film's own launch
stays read. A relative clause after the place a shoot was in ("the shoot in Ullapool, which
wrapped in December") is the shoot's, not a work named Ullapool's; after a work ("he is also in
Gannet Row, which wrapped ...") it stays unread.
On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Lindenfall Hours wraps"


def _kinds(*paragraphs: str, date: str = "2025-11-18") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_sales_launched_at_a_market_are_no_release_window() -> None:
    kinds = _kinds(
        "The Lindenfall Hours is slated for release in 2026, and international sales will be "
        "launched at the Orvieto Film Market in February.",
    )
    assert kinds == {("window", "2026", False)}


def test_a_company_launching_sales_is_no_release_window() -> None:
    kinds = _kinds("The company will launch worldwide sales at the market in February.")
    assert kinds == set()


def test_sales_launched_at_a_long_named_market_on_a_day_are_no_premiere() -> None:
    kinds = _kinds(
        "Sales will launch at the Festa del Cinema di Vessany on 14 May, where buyers will see "
        "a first promo.",
    )
    assert kinds == set()


def test_the_film_opening_on_a_day_after_its_sales_is_the_premiere() -> None:
    kinds = _kinds(
        "Sales open at the Festa del Cinema di Vessany in May, and The Lindenfall Hours itself "
        "opens on 14 June.",
    )
    assert kinds == {("premiere_date", "2026-06-14", False)}


def test_the_film_launching_after_its_sales_is_the_release_window() -> None:
    kinds = _kinds(
        "International sales opened at the market in May, and The Lindenfall Hours itself "
        "launches in cinemas in February.",
    )
    assert kinds == {("window", "2026-02", False)}


def test_a_clause_after_the_shoots_place_is_the_shoots() -> None:
    kinds = _kinds(
        "The cast found the three-month shoot in Ullapool, which wrapped in December, brutal.",
        date="2026-04-09",
    )
    assert kinds == {("filming_wrapped", "2025-12", False)}


def test_a_clause_after_another_work_stays_unread() -> None:
    kinds = _kinds(
        "She is also in Gannet Row, which wrapped in December.",
        date="2026-04-09",
    )
    assert kinds == set()
