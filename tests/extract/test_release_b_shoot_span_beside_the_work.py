"""A shoot's span told in a clause beside the production's noun is its start and wrap: "the
film, which was shot in Cardenmoor between July and September 2025", "Shot in Cardenmoor between
April and May last year, the film follows ...". Not a person's deed. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Wickerlow gets a release date"
_LEDE = "Wickerlow, the coastal drama from Anselm Drury, has a release date."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-02-10", title=_TITLE)


def test_a_span_in_a_which_clause_after_the_film_is_its_shoot() -> None:
    found = _found(
        "Anselm Drury directs the film, which was shot in and around Cardenmoor between July "
        "and September 2025."
    )
    assert {("filming_started", "2025-07", False), ("filming_wrapped", "2025-09", False)} <= found


def test_a_fronted_shot_clause_before_the_film_is_its_shoot() -> None:
    found = _found(
        "Shot in Cardenmoor between April and May last year, the film follows a ferry mechanic "
        "home."
    )
    assert {("filming_started", "2025-04", False), ("filming_wrapped", "2025-05", False)} <= found


def test_a_span_a_person_spent_is_no_shoot() -> None:
    found = _found("Anselm Drury lived in Cardenmoor between April and May last year.")
    assert not any(kind.startswith("filming") for kind, _, _ in found)
