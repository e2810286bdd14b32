"""A feature told as the debut of a director from another medium names its director
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Newcomer boards the moorland drama Curlew Hill"


def test_the_feature_debut_of_a_stage_director_credits_the_director() -> None:
    found = facts(
        "Mara Ellison has joined Curlew Hill, the feature debut of Scottish stage director"
        " Fenella Drummond-Hay, in the role of a shepherd's widow.",
        title=_TITLE,
    )
    assert ("director", "Fenella Drummond-Hay") in credits(found)


def test_the_debut_of_a_stage_actor_credits_no_director() -> None:
    found = facts(
        "Mara Ellison has joined Curlew Hill, the feature debut of Scottish stage actor"
        " Fenella Drummond-Hay, in the role of a shepherd's widow.",
        title=_TITLE,
    )
    assert ("director", "Fenella Drummond-Hay") not in credits(found)
