"""A yearless month that opens a clause told in the past ("..., and in September she wrapped
Pellowen") is that deed's month, gone: never read forward as a release window to come."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_month_before_a_past_deed_is_no_window() -> None:
    found = release_kinds(
        "Orla Tregunna walked the red carpet for her new drama.",
        "Tregunna has played Brevan since the show arrived on Netflix in April 2022, and in "
        "September she wrapped Pellowen, the film that closes the story.",
        date="2025-10-12",
        title="Orla Tregunna at the festival",
    )
    assert not any(kind == "window" and value == "2026-09" for kind, value, _ in found)


def test_a_month_to_come_is_still_read() -> None:
    found = release_kinds(
        "Orla Tregunna talks about Pellowen.",
        "Pellowen arrives on Netflix in September.",
        date="2025-03-12",
        title="Orla Tregunna on Pellowen",
    )
    assert ("window", "2025-09", False) in found
