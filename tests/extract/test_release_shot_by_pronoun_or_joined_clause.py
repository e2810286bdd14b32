"""A shoot told by its crew as "they" or "we" ("They filmed in Fife and Leeds from March to May
2025") or by a passive joined to the production's earlier clause ("The series was written by X
and directed by Y, and was filmed in Hull between April and July last year") dates the shoot: it
began in the first month and wrapped in the last. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Saltmarsh Road: the cinematographer on lighting the drama"


def _kinds(text: str) -> set[tuple[str, str, bool]]:
    return set(release_kinds(text, date="2026-03-10", title=_TITLE))


def test_a_shoot_told_by_they_or_we_dates_the_shoot() -> None:
    for text in (
        "They filmed in Fife, Leeds and York from March to May 2025.",
        "We shot on the Antrim coast between March and May last year.",
    ):
        kinds = _kinds(text)
        assert ("filming_started", "2025-03", False) in kinds, text
        assert ("filming_wrapped", "2025-05", False) in kinds, text


def test_a_passive_shoot_joined_to_the_productions_clause_dates_the_shoot() -> None:
    text = (
        "The series was written by Odile Marsh and directed by Pim Achterberg, and was filmed in"
        " Hull between March and May last year."
    )
    kinds = _kinds(text)
    assert ("filming_started", "2025-03", False) in kinds
    assert ("filming_wrapped", "2025-05", False) in kinds


def test_a_shoot_they_will_do_has_not_wrapped() -> None:
    kinds = _kinds("They will film in Fife from May to July next year.")
    assert not any(kind == "filming_wrapped" for kind, _, _ in kinds)
