"""A round-up whose items open with their subject in capitals and a stop ("GULL ROCK. ...") tells
each item's times for that item: under a head naming another work, "It's due on Sky Atlantic in
the autumn" is not our release. Our own item's times stay, and a colon label ("UPDATE:") makes
no item. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "The Screen Letter: Marrowby gets a date"
_OURS = (
    "MARROWBY. Gull Films has dated its coastal drama Marrowby: it lands on Netflix on "
    "Friday 15 May. Ada Vane leads the cast."
)


def test_a_window_under_another_works_head_is_not_ours() -> None:
    kinds = release_kinds(
        "Good morning! Two things worth knowing this week.",
        _OURS,
        "THE HOLLOW LIGHT. Sky has cast Ines Darrow as a lighthouse keeper in its new thriller. "
        "It's due on Sky Atlantic in the autumn.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert kinds == {("premiere_date", "2026-05-15", False)}


def test_a_one_word_head_of_another_work_is_not_ours() -> None:
    kinds = release_kinds(
        "Hello again. Here is the week.",
        _OURS,
        "BRACKEN. Channel 4 has ordered the farm comedy Bracken from Tom Reddy. It will air in "
        "the spring.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert kinds == {("premiere_date", "2026-05-15", False)}


def test_colon_labels_make_no_items() -> None:
    kinds = release_kinds(
        "UPDATE: Gull Films has confirmed the news.",
        "MARROWBY: The coastal drama lands on Netflix on Friday 15 May.",
        "WATCH: Filming on Marrowby wrapped in January.",
        date="2026-03-02",
        title="Marrowby dated for May",
    )
    assert ("premiere_date", "2026-05-15", False) in kinds
    assert ("filming_wrapped", "2026-01", False) in kinds
