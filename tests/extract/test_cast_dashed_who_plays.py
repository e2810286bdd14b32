"""A relative clause set off by dashes tells the part as a comma's does: "Oren Blythe – who plays
Jem Hollis – said ..."."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "On the carpet, Oren Blythe – who plays Jem Hollis – said he was nervous.",
        "Oren Blythe — who plays Jem Hollis — arrived last.",
        "Oren Blythe – who has played Jem Hollis since the start – signed every poster.",
    ],
)
def test_dashed_who_plays(sentence: str) -> None:
    found = facts(
        "Copper Bay premiered at the festival on Friday night.",
        sentence,
        title="Copper Bay opens the festival",
    )
    assert ("Oren Blythe", "Jem Hollis") in served_pairs(found)
