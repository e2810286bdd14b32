"""A newsletter's other item headed by a work's name whose paragraph opens on that work told only
by its channel and genre, and goes on with any news ("2. TALLOW LANE TOPS THE WEEK" over "ITV’s
new canal drama drew 5 million viewers ...", "Channel 5’s crime thriller pulled ..."): what that
item casts is the other work's, whatever verb follows the genre."""

from __future__ import annotations

import pytest

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_TITLE = "The Morning Reel: Marrow Fen gets a date"


def _letter(*items: str) -> ArticleFacts:
    return facts(
        "Morning. Two things today: a date for Marrow Fen and a few bits besides.",
        "1. MARROW FEN GETS ITS FINALE DATE",
        "Marrow Fen, the fen-country thriller, ends on Sky on 3 June. Ansel Ferrand stars as "
        "Gideon Moult.",
        *items,
        "That’s all for today.",
        title=_TITLE,
    )


@pytest.mark.parametrize(
    "opening",
    [
        "The BBC’s new canal drama drew 5.2 million viewers on Sunday night.",
        "ITV’s Victorian crime thriller pulled in the biggest audience of its year.",
        "Channel 5’s rural mystery topped the overnight ratings with ease.",
        "Sky’s heist series opened to glowing reviews on Friday.",
    ],
)
def test_a_channel_and_genre_opening_with_any_news_sets_the_headings_work(opening: str) -> None:
    found = _letter(
        "2. TALLOW LANE TOPS THE WEEK",
        f"{opening} Lark Pemberley, who plays Agatha Pim, is already tipped for awards.",
    )
    assert ("Lark Pemberley", "Agatha Pim") not in served_pairs(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


def test_our_own_item_told_by_genre_keeps_its_cast() -> None:
    found = facts(
        "Morning. Two things today: a date for Marrow Fen and a few bits besides.",
        "1. TALLOW LANE TOPS THE WEEK",
        "The BBC’s new canal drama drew 5.2 million viewers on Sunday night.",
        "2. MARROW FEN GETS ITS FINALE DATE",
        "Sky’s Marrow Fen ends on 3 June. Ansel Ferrand stars as Gideon Moult.",
        "That’s all for today.",
        title=_TITLE,
    )
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)
