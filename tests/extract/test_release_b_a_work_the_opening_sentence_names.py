"""A work the article's opening sentence names, and names again when dating it, is the
article's own even when the headline holds only people's names: "Ada and Tom's last summer"
over a profile that ends "Marram lands on Netflix on 3 May". A work named only in passing and
once is still another's. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "The man who scored Ada and Tom's last summer"


def _days(*paras: str) -> set[str]:
    found = facts(*paras, date="2026-04-20", title=_TITLE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_work_the_lede_names_is_ours() -> None:
    days = _days(
        "Composer Ivo Brandt spent a winter writing cues in Leeds for Quillmere Down.",
        "He started on piano before moving to strings.",
        "Quillmere Down arrives on Netflix on Friday 1 May.",
    )
    assert days == {"2026-05-01"}


def test_a_work_named_once_in_passing_is_not() -> None:
    days = _days(
        "Composer Ivo Brandt spent a winter writing cues in Leeds.",
        "He started on piano before moving to strings.",
        "Quillmere Down arrives on Netflix on Friday 1 May.",
    )
    assert days == set()
