"""A festival named in the headline returns for its next edition: no date of the film's."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkfest 2027: Saltmarrow brings the festival to tears"


def _windows(closing: str, gloss: str = "Tarrow's queer film festival") -> list[str | None]:
    found = facts(
        f"Larkfest, {gloss}, closed on Saturday with the world premiere of Saltmarrow.",
        "Pilar Ostend directs with a light hand.",
        closing,
        date="2027-03-22",
        title=_TITLE,
    )
    return [r.window for r in found.release if r.served and r.window]


def test_a_festival_glossed_as_one_returns_for_itself() -> None:
    assert _windows("Larkfest returns in March 2028.") == []


def test_a_headline_work_not_told_as_a_festival_still_returns() -> None:
    assert _windows("Larkfest returns in March 2028.", gloss="the boldest show of the year") == [
        "2028-03"
    ]
