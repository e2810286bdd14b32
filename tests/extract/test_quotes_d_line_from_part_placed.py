"""A line from a part named alone, placed in the footage before the colon, is the work's."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPEN = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_OPEN, *paragraphs).quotes}


def test_a_line_from_a_part_over_the_footage_is_held() -> None:
    found = _quotes(
        "The first teaser has just dropped: mostly fog, gulls and one line from Wren over"
        " the waves: “Does anyone ever really leave this town?” The chat went wild.",
    )
    assert found.get("Does anyone ever really leave this town?") is not True


def test_a_line_from_a_surnamed_person_stays_theirs() -> None:
    found = _quotes(
        "The first teaser has just dropped, and then a short line from Quill on stage: “We"
        " loved every freezing minute of it.”",
    )
    assert found.get("We loved every freezing minute of it.") is True
