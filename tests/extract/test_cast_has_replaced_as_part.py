"""A successor told in the perfect or with a bracket of credits before the verb: "X has
replaced Z as Mira", "X (“Lumen”, “Salt Year”) had replaced Z as Mira": X plays the part
now, Z had it before, as with "X replaced Z as Mira"."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Vale has replaced Lena Moss as Mira Holt, the headteacher with a secret.",
        "Ada Vale (“Lumen”, “Salt Year”) has replaced Lena Moss as Mira Holt.",
        "Ada Vale (Lumen) had replaced Lena Moss as Mira Holt by the time filming began.",
    ],
)
def test_has_replaced_as_part(sentence: str) -> None:
    statuses = served_statuses(facts("Quarry Lane recasts its headteacher.", sentence))
    assert statuses.get(("Ada Vale", "Mira Holt")) is CastStatus.CURRENT
    assert statuses.get(("Lena Moss", "Mira Holt")) is CastStatus.FORMER
