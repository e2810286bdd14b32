"""A listings guide may give each entry's where line time first ("8pm, BBC Two", "10.15pm,
Channel 4") under the work's name: its entries are told apart like those of "BBC Two, 8pm", so
another entry's makers and cast are not the page's own work's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_TITLE = "What to watch tonight: Pellow Reach, Candlewick and more"


def _directors(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.role.value == "director" and c.served}


def _guide(own_where: str, other_where: str) -> ArticleFacts:
    return facts(
        "Tonight Pellow Reach ends its run, while Candlewick begins on Channel 4.",
        "Pellow Reach",
        own_where,
        "The finale of the Cornish mystery, directed by Anwen Tresco, closes the case with "
        "Jory Penhale as the lighthouse keeper Colm Teague.",
        "Candlewick",
        other_where,
        "A new comedy about a failing candle shop, directed by Ossian Greave, with Lulu Vantry as "
        "the owner Mabs Orley.",
        date="2026-05-29",
        title=_TITLE,
    )


def test_time_first_where_lines_keep_another_entry_s_makers_apart() -> None:
    found = _guide("8pm, BBC Two", "10.15pm, Channel 4")
    assert "Ossian Greave" not in _directors(found)
    assert ("Lulu Vantry", "Mabs Orley") not in served_pairs(found)
    assert "Anwen Tresco" in _directors(found)


def test_channel_first_where_lines_are_read_the_same_way() -> None:
    found = _guide("BBC Two, 8pm", "Channel 4, 10.15pm")
    assert "Ossian Greave" not in _directors(found)
    assert "Anwen Tresco" in _directors(found)
