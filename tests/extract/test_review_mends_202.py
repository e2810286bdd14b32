"""Review mends of round 202: each test tells apart what a rule of that round served too
widely, or took away, and what it still does (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def _premieres(sentence: str) -> set[str]:
    found = release_kinds(_LEAD, sentence, date="2026-01-18", title=_TITLE)
    return {when for kind, when, held in found if kind == "premiere_date" and not held}


def test_an_actor_returning_as_the_subject_leaves_the_films_day_served() -> None:
    for sentence in (
        "Ada Vale returns as Mira when the film lands on Lumen on 3 April.",
        "Ada Vale, who plays Mira, returns when the film opens in cinemas on 3 April.",
    ):
        assert "2026-04-03" in _premieres(sentence), sentence


def test_a_maker_bringing_out_ours_as_the_subject_leaves_the_day_served() -> None:
    assert "2025-02-14" in _premieres(
        "Harbour Pictures premiered the film at Berlin on 14 February."
    )


def test_another_named_work_coming_out_is_still_not_served() -> None:
    assert "2026-04-03" not in _premieres("Tin Yard opens in cinemas on 3 April.")
