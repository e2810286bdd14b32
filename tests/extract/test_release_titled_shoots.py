"""A shoot's span told with the production's own title as the subject ("Lantern Road was filmed
in Hull between March and May 2025") dates its start and wrap, as "The film was filmed ..."
does; another work's title shot between two months does not. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Netflix dates Lantern Road: The Return"
_LEDE = "Lantern Road: The Return arrives on Netflix on 4 July 2026, the streamer said."


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, *paragraphs, date="2026-02-10", title=_TITLE)


def test_the_titled_film_filmed_between_two_months() -> None:
    kinds = _kinds(
        "Lantern Road: The Return was filmed in Hull and York between March and May 2025."
    )
    assert ("filming_started", "2025-03", False) in kinds
    assert ("filming_wrapped", "2025-05", False) in kinds


def test_the_titled_film_shot_across_places_last_year() -> None:
    kinds = _kinds("Lantern Road was shot across Cornwall between October and December last year.")
    assert ("filming_started", "2025-10", False) in kinds
    assert ("filming_wrapped", "2025-12", False) in kinds


def test_another_titled_work_shot_between_months_is_not_ours() -> None:
    kinds = _kinds("Gull Harbour, her previous drama, was filmed between April and June 2024.")
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)
