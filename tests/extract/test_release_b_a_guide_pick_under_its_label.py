"""A what-to-watch guide whose headline names no work ("What to watch: 4-10 May") heads its pick
with a label alone on a line ("PICK OF THE WEEK"), the name under it and where and when under
that: the where line's day is the pick's premiere. A label over a sentence, or a headline naming
another work first, dates nothing this way. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_days


def _days(*lines: str, title: str = "What to watch this week: 4–10 May") -> set[tuple[str, str]]:
    return served_days("Our choice of the week's television.", *lines, title=title,
                       date="2026-05-04")  # fmt: skip


def test_the_labelled_pick_is_dated_by_its_where_line() -> None:
    found = _days("PICK OF THE WEEK", "Copper Bay", "Channel 4, from Thursday 7 May",
                  "A lifeboat drama with a salty heart.")  # fmt: skip
    assert ("premiere_date", "2026-05-07") in found


def test_a_label_over_a_sentence_or_another_named_first_is_not() -> None:
    found = _days("PICK OF THE WEEK", "A lifeboat drama with a salty heart, on at last.",
                  "Channel 4, from Thursday 7 May")  # fmt: skip
    assert ("premiere_date", "2026-05-07") not in found
    found = _days("PICK OF THE WEEK", "Copper Bay", "Channel 4, from Thursday 7 May",
                  title="What to watch this week: Salt Wives and more")  # fmt: skip
    assert ("premiere_date", "2026-05-07") not in found
