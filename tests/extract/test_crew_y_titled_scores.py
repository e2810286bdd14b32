"""A score named by the production's own title as its modifier ("X wrote most of the Title
score") credits X as composer, as "the score for Title" does; another title's score credits no
one (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Copper Gate: meet the composer"
_LEDE = "Copper Gate, the Sligo ghost story, opens in cinemas on Friday."


def test_own_title_before_score_credits_the_composer() -> None:
    found = facts(
        _LEDE,
        "Hollin Marsh wrote most of the Copper Gate score at a borrowed piano in Leeds.",
        title=_TITLE,
    )
    assert ("composer", "Hollin Marsh") in credits(found)


def test_another_titles_score_credits_no_one() -> None:
    found = facts(
        _LEDE,
        "Bram Ostler wrote the Harrow Quay score in 2019, long before this job.",
        title=_TITLE,
    )
    assert ("composer", "Bram Ostler") not in credits(found)
