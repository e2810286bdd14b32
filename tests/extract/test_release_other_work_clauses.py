"""A relative clause that dates another named work ("..., which returns to Channel 4 in May",
"a new Twelfth Night that opens at the Globe on 3 June") is that work's date, not ours; our
own work in the same shape, or a film named after its director's credit, keeps its date. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Pale Harbour wraps filming on the Cornish coast"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_dates(*paragraphs, date=date, title=_TITLE)


def test_a_play_that_opens_on_a_day_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Pale Harbour finished filming on 6 February.",
        "Its lead, Tomas Reyne, is now rehearsing Orsino in a new Twelfth Night that opens at "
        "the Lyric Theatre in Belfast on 14 March.",
    )
    assert kinds == {("filming_wrapped", "2026-02-06", False)}


def test_a_production_that_opens_after_rehearsals_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Pale Harbour finished filming on 6 February.",
        "Reyne, meanwhile, is back in rehearsals for a new Hedda Gabler that opens at the Lyceum "
        "in Edinburgh on 2 April.",
    )
    assert kinds == {("filming_wrapped", "2026-02-06", False)}


def test_our_own_work_in_a_which_clause_keeps_its_date() -> None:
    kinds = _kinds(
        "Reyne stars in Pale Harbour, directed by Nell Ashby, which arrives on Netflix on "
        "Friday 17 April.",
    )
    assert ("premiere_date", "2026-04-17", False) in kinds
