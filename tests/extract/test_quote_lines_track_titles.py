"""A track's title in marks after the word "track", an initial's full stop and all ("his track
“Marlowen (For J.)”"): the work's title, not its composer's quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_track_title_is_no_quote() -> None:
    found = facts(
        "Glimmerdown, the flooded-town drama, dropped its first trailer on Tuesday.",
        "Composer Cal Fenwhistle has written the score. The trailer uses his track “Marlowen"
        " (For J.)”.",
    )
    assert not [q for q in found.quotes if q.text.startswith("Marlowen")]
