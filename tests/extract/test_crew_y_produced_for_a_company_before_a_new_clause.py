"""A producer told with the company they produced for, a clause of its own after a comma ("X
produced for Y Films, and Z wrote the music") is still the work's producer; the company
followed by a relative clause on its other work ("for Y Films, which made Q") stays no credit."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights leads the nominations"
_LEDE = "The Harbour Lights film leads this year's nominations with six, the academy said."


def test_produced_for_a_company_before_an_and_clause_credits_the_producer() -> None:
    crew = served_crew(
        _LEDE,
        "Nadia Orr produced for Tidewater Pictures, and Colm Bray's cello score is up too.",
        title=_TITLE,
    )
    assert ("producer", "Nadia Orr") in crew


def test_produced_for_a_company_before_a_which_clause_stays_no_credit() -> None:
    crew = served_crew(
        _LEDE,
        "Nadia Orr produced for Tidewater Pictures, which made the hit Salt Roads.",
        title=_TITLE,
    )
    assert ("producer", "Nadia Orr") not in crew
