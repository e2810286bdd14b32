"""The name after "cast by" is who cast, never the actor of the part."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2021 she was cast by Tom Reed as Mira Holt, Gus's daughter, in the Lumen specials.",
        "She was hand-picked by director Tom Reed as Mira Holt for the Lumen specials.",
        "Later that year Vale was chosen by Tom Reed as Mira Holt in the Lumen revival.",
    ],
)
def test_the_caster_is_no_actor(sentence: str) -> None:
    found = facts("Ada Vale's star keeps rising.", sentence)
    assert ("Tom Reed", "Mira Holt") not in pairs(found)
