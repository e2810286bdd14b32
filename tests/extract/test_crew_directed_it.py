"""A director told with "it" for the work ("X directed it and you can tell", "Y directed it with
real care"); "it" after another production is that work's, and credits nobody (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_LEDE = "Harbour Lights is finally here and it is lovely."
_TITLE = "Harbour Lights review: a gentle triumph"


def test_a_name_that_directed_it_in_a_review_is_the_director() -> None:
    found = facts(
        _LEDE, "Dana Pike directed it and you can tell she loves the coast.", title=_TITLE
    )
    assert ("director", "Dana Pike") in credits(found)
    found = facts(_LEDE, "Ray Marsh directed it with real care.", title=_TITLE)
    assert ("director", "Ray Marsh") in credits(found)


def test_it_after_another_production_credits_nobody() -> None:
    found = facts(
        _LEDE,
        "Her breakthrough was the 2015 thriller Lowland. Ray Marsh directed it, and it flopped.",
        title=_TITLE,
    )
    assert ("director", "Ray Marsh") not in credits(found)
