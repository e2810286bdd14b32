"""An asker keeps a later "she said" when the one asked cannot be that "she" ("asking him"), or
when "asking about" puts no question."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes


@pytest.mark.parametrize(
    "second",
    [
        "Reed was at the screening too. Vale kept asking him about the ending. "
        "“Why does Mira leave?” she said.",
        "Reed was at the screening too. Vale kept asking Reed about the ending. "
        "“I still don't get it,” she said.",
    ],
)
def test_the_asker_keeps_her_own_words(second: str) -> None:
    found = facts("Ada Vale stars in Saltmarrow, which Tom Reed directed.", second)
    assert [speaker for _, speaker in served_quotes(found)] == ["Ada Vale"]


def test_the_one_asked_still_answers() -> None:
    found = facts(
        "Ada Vale stars in Saltmarrow, which Tom Reed directed.",
        "One fan asked Ada Vale whether she still had the coat. “In my wardrobe,” she said.",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Ada Vale"]
