"""A chart's "The series, starring X as Y" right after another show is brought in by its genre
casts that other show, not the article's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEAD = (
    "Prime Video thriller Quill Lane has topped the streaming chart for a second week.",
    "The series stars Ada Vale as Mira Holt, a night-shift nurse.",
    "Quill Lane drew 400 million minutes. Quill Lane is directed by Tom Reed.",
)


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "In second place was Netflix’s new period drama Salt Year, with 3 million minutes in "
            "its first days. The series, starring Rhea Stone as shipping heiress Ivo Marsh, "
            "arrived on Friday.",
            "Quill Lane tops the chart again",
        ),
        (
            "Close behind was Netflix’s new comedy Salt Year, with 2 million views. The show, "
            "starring Rhea Stone as Ivo Marsh, landed on Monday.",
            "Quill Lane holds the top spot",
        ),
    ],
)
def test_the_other_shows_cast_is_not_ours(paragraph: str, title: str) -> None:
    found = facts(*_LEAD, paragraph, title=title)
    assert ("Ada Vale", "Mira Holt") in served_pairs(found)
    assert ("Rhea Stone", "Ivo Marsh") not in served_pairs(found)
