""" "The longlists arrive in early January": an award's longlists, shortlists or nominations
coming out tell the voters' time, not the film's release, also in a later ", and" clause. The
film's own verb still dates it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str]:
    found = facts(
        *paragraphs, date="2026-10-10", title="Awards watch: can Tallowmere go the distance?"
    )
    return {str(r.window) for r in found.release if r.served and r.kind.value == "window"}


def test_an_awards_list_arriving_is_the_voters_time() -> None:
    assert not _windows(
        "Quiet dramas have a patchy record with the academy, and the longlists arrive in early "
        "January."
    )
    assert not _windows("The nominations land in late January.")


def test_the_film_arriving_beside_the_lists_keeps_its_window() -> None:
    assert _windows("Tallowmere lands in January, and the shortlists land in early December.") == {
        "2027-01"
    }
