"""An "Also new:" line on a guide that names a work with where and when to see it in brackets
("season two of X (Vela, Tuesday), with A back as B") is another show's news: what it casts is
held. The guide's own entry keeps its casting."""

from __future__ import annotations

from tests.extract.helpers import weekend_guide_pairs


def test_an_also_new_line_with_where_brackets_is_another_shows() -> None:
    found = weekend_guide_pairs(
        "Also new: season two of Kettle Yard (Disney+, Tuesday), with Posy Ambler back as chef "
        "Jude Marr."
    )
    assert ("Posy Ambler", "Jude Marr") not in found
    assert ("Hale Dunmore", "Pike") in found
