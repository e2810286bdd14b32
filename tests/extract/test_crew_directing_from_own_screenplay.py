"""A director told in a participle aside whose script is the writer's own, on invented articles:
"X, directing from Y’s own screenplay, keeps ..." credits X as director (the film's script,
however the possessive is stressed), as "directing from Y’s screenplay" already did."""

from __future__ import annotations

from tests.extract.helpers import served_crew


def test_directing_from_a_writers_own_screenplay_credits_the_director() -> None:
    found = served_crew(
        "Hollin Gate closed the festival on Sunday night.",
        "Petra Lund-Asari, directing from Marisol Kettlewick’s own screenplay, keeps the quiet "
        "of the books and lets the harbour do the talking.",
        title="Hollin Gate review – a quiet harbour goodbye",
    )
    assert ("director", "Petra Lund-Asari") in found


def test_directing_from_a_surnames_own_script_credits_the_director() -> None:
    found = served_crew(
        "Hollin Gate closed the festival on Sunday night.",
        "It is a tender ending. Lund-Asari, again directing from Kettlewick's own script, gives "
        "the cast room to breathe.",
        "Petra Lund-Asari and Marisol Kettlewick took questions afterwards.",
        title="Hollin Gate review – a quiet harbour goodbye",
    )
    assert ("director", "Petra Lund-Asari") in found


def test_directing_from_another_works_own_script_is_still_left() -> None:
    found = served_crew(
        "Hollin Gate closed the festival on Sunday night.",
        "Petra Lund-Asari, directing from Kettlewick’s own script for Saltmarsh, was not there.",
        title="Hollin Gate review – a quiet harbour goodbye",
    )
    assert ("director", "Petra Lund-Asari") not in found
