"""A news story sets its production beside an earlier one and credits that one in passing ("the
latest drama for the channel, following Copper Weir, created by A and B"): those makers are the
earlier work's, not the page's. The page's own work told the same way keeps its makers."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _creators(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "creator" and c.served}


def _story(line: str) -> ArticleFacts:
    return facts(
        "Filming has begun on Tarn Hollow, a new drama set in a Fenland boatyard.",
        "Tarn Hollow is written by Ilse Marrow and began shooting in Ely on Monday.",
        line,
        date="2025-06-24",
        title="Cameras roll on Fenland drama Tarn Hollow",
    )


def test_an_earlier_work_the_story_follows_keeps_its_creators() -> None:
    for line in (
        "The series is the latest Fenland drama for the channel, following Copper Weir, created "
        "by Ossian Greave and Lulu Vantry.",
        "It joins the channel's autumn slate alongside Copper Weir, created by Ossian Greave.",
    ):
        assert "Ossian Greave" not in _creators(_story(line)), line


def test_the_page_s_own_work_told_the_same_way_keeps_its_creator() -> None:
    found = _story(
        "The channel's slate now grows, following Tarn Hollow, created by Ossian Greave."
    )
    assert "Ossian Greave" in _creators(found)
