"""A compound role before a name after the quotation ("“...,” writer-director Ada Vale told me"):
the name is the speaker, as with a single role word, never the subject of the sentence before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "The Fenmarrow Farm, a muddy little drama, picked up six award nods overnight."


@pytest.mark.parametrize(
    "attribution",
    [
        "writer-director Ada Vale told me on the phone from Leeds",
        "actor-producer Ada Vale said",
        "says writer-director Ada Vale",
        "co-writer Ada Vale admitted",
    ],
)
def test_a_compound_role_before_the_name(attribution: str) -> None:
    found = facts(_LEDE, f"“I thought someone had misread the list,” {attribution}.")
    assert {(q.text, q.speaker) for q in found.quotes} == {
        ("I thought someone had misread the list", "Ada Vale")
    }
