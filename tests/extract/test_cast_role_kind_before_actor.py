"""A kind of role before "actor" ("Lead actor X told ...", "Supporting actress X said"):
how big the part is, never the part's name, so nothing is cast from it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Lead actor Sam Doyle said on the podcast that he had signed on for two more runs.",
        "Supporting actress Ana Ruiz said the finale left her in tears.",
        "Character actor Bill Noyes confirmed he would not return.",
        "Voice actor Jo Marr recorded the narration in a single day.",
    ],
)
def test_role_kind_before_actor_is_no_part(sentence: str) -> None:
    found = facts("Quarry Lane nears its finale.", sentence)
    assert not pairs(found)


def test_a_part_before_actor_still_cast() -> None:
    found = facts(
        "Quarry Lane nears its finale.",
        "Ansel actor Tom Reed told the paper he cried on the last day.",
    )
    assert ("Tom Reed", "Ansel") in pairs(found)
