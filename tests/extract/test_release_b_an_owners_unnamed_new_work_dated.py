"""A day told of a company's new work, left unnamed and dated in a clause of its own, with the
company named nowhere else, is that work's, not the article's; the article's own day still
counts, and so does a new work whose owner the article keeps naming. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Review: Pellow Lane is a gentle goodbye"


def _days(*paras: str) -> set[str]:
    found = facts(*paras, date="2026-03-02", title=_TITLE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_another_owners_new_sitcom_is_not_dated_as_ours() -> None:
    days = _days(
        "Pellow Lane, the Netflix drama, arrived on Netflix on Friday 27 February.",
        "Coming up: our critics look at the BBC's new sitcom, which premieres on 19 March.",
    )
    assert days == {"2026-02-27"}


def test_a_new_work_whose_owner_the_article_keeps_naming_is_kept() -> None:
    days = _days(
        "Pellow Lane is the streamer's quiet drama, and Netflix has kept it under wraps.",
        "Netflix's new drama, which premieres on 19 March, stars Ada Vell.",
    )
    assert days == {"2026-03-19"}
