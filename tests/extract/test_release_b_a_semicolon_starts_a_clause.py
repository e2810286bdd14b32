"""A semicolon starts a clause of its own: in "The studio put out six stills today; the film
itself lands on 9 May" the publicity named before it does not own the date after it, so the date
is the film's release. A still dated in its own clause stays the still's, and a clause after a
semicolon that opens on "it" still leans on the words before it. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-02", title="First look at Garnet Quay")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_date_after_a_semicolon_is_the_films() -> None:
    assert _premieres(
        "The first pictures from Garnet Quay, the thriller starring Ines Rahm, are here.",
        "The studio put out six stills today; the film itself lands on Netflix on 9 May.",
    ) == {"2026-05-09"}


def test_a_still_dated_in_its_own_clause_is_not_the_release() -> None:
    assert "2026-03-09" not in _premieres(
        "The first pictures from Garnet Quay, the thriller starring Ines Rahm, are here.",
        "The studio says a new still drops on 9 March; more will follow.",
    )


def test_a_pronoun_clause_after_a_semicolon_keeps_the_season_before_it() -> None:
    assert not _premieres(
        "The first pictures from Garnet Quay, the thriller starring Ines Rahm, are here.",
        "Rahm is also back for series two of Tin Harbour; the channel says it lands on 9 May.",
    )
