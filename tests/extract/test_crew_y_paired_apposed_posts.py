"""Two posts joined by "and" in an apposition naming the article's own work ("X, creator and
writer of Title," or "the writer and director of Title, X,") credit both; the same apposition
naming another work credits nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Podcast: Hollin Marsh on Copper Gate"
_LEDE = "Copper Gate, the six-part Sligo drama, airs on Channel 4 later this year."


def test_name_then_two_posts_of_the_own_work() -> None:
    found = facts(
        _LEDE,
        "This week we are joined by Hollin Marsh, creator and writer of Copper Gate, to talk"
        " about rewrites.",
        title=_TITLE,
    )
    assert {("creator", "Hollin Marsh"), ("writer", "Hollin Marsh")} <= credits(found)


def test_two_posts_first_then_the_name() -> None:
    found = facts(
        _LEDE, "The writer and director of Copper Gate, Hollin Marsh, grew up nearby.", title=_TITLE
    )
    assert {("writer", "Hollin Marsh"), ("director", "Hollin Marsh")} <= credits(found)


def test_two_posts_of_another_work_credit_nothing() -> None:
    found = facts(_LEDE, "Bram Ostler, writer and director of Harrow Quay, is a fan.", title=_TITLE)
    assert not {("writer", "Bram Ostler"), ("director", "Bram Ostler")} & credits(found)
