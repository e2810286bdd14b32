"""A newsletter's other item headed by a work's name whose paragraph opens on that work told only
by its channel and genre ("2. TALLOW LANE TOPS THE WEEK" over "ITV’s new canal drama drew 5
million viewers ...", "Channel 5’s crime thriller pulled ..."), or on a channel telling of "its"
work by genre, a label before the heading or not ("3. AXED: THE TIN PARISH" over "Sky has axed
its heist thriller"): what that item casts is the other work's, not ours, whatever verb follows
the genre."""

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


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        (
            "2. CANCELLED: THE TIN PARISH",
            "ITV has confirmed that its Sunday-night crime drama won’t return for a third series.",
        ),
        ("2. AXED: COPPER SOUND", "Channel 5 says its gardening comedy is ending after one run."),
        ("2. Pewter Lane bows out", "Sky has axed its heist thriller after two series."),
        (
            "2. GOODBYE, GORSE HOLLOW",
            "BBC Two announced on Monday that its rural sitcom will not be recommissioned.",
        ),
    ],
)
def test_a_channel_telling_its_work_by_genre_sets_the_headings_work(
    heading: str, opening: str
) -> None:
    found = _letter(
        heading,
        f"{opening} “We are so proud of everyone who worked on it,” a spokesperson said. "
        "Lark Pemberley, who played Agatha Pim, posted a farewell.",
    )
    assert ("Lark Pemberley", "Agatha Pim") not in served_pairs(found)
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


def test_our_own_item_told_by_its_genre_keeps_its_cast() -> None:
    found = facts(
        "Morning. Two things today: a date for Marrow Fen and a few bits besides.",
        "1. PEWTER LANE BOWS OUT",
        "Sky has axed its heist thriller after two series.",
        "2. MARROW FEN GETS ITS FINALE DATE",
        "Marrow Fen, the fen-country thriller, ends on Sky on 3 June, and Sky says its "
        "fen-country thriller will not return. Ansel Ferrand stars as Gideon Moult.",
        "That’s all for today.",
        title=_TITLE,
    )
    assert ("Ansel Ferrand", "Gideon Moult") in served_pairs(found)


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        (
            "2. MARROW FEN ADDS A STAR",
            "Sky has added a big name to its hit thriller: Lorcan Tewe stars as Hobb Carrick.",
        ),
        (
            "2. Lorcan Tewe joins",
            "Sky says its beloved thriller has cast Lorcan Tewe as Hobb Carrick.",
        ),
        (
            "2. Marrow Fen casts a villain",
            "Sky confirmed on Monday that its award-winning show has hired Lorcan Tewe to play "
            "Hobb Carrick.",
        ),
    ],
)
def test_our_own_item_told_with_new_words_keeps_its_cast(heading: str, opening: str) -> None:
    found = facts(
        "Morning. Two things today: a date for Marrow Fen and a few bits besides.",
        "1. MARROW FEN GETS ITS FINALE DATE",
        "Marrow Fen, the fen-country thriller, ends on Sky on 3 June. Lorcan Tewe, a newcomer, "
        "is rumoured for a part.",
        heading,
        opening,
        "That’s all for today.",
        title=_TITLE,
    )
    assert ("Lorcan Tewe", "Hobb Carrick") in served_pairs(found)
