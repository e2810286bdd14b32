"""A live blog's entry that opens, after its time stamp and a fronted phrase of time, on another
work as its subject: the entry's next sentences cast that work, not the page's, up to one that
names the page's work again. An entry whose other work only comes at the end of a
long sentence about the page's own keeps its next sentences the page's."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_pairs

_TITLE = "Lanternfest live: the Marrowby Tide gala, the red carpet and the reviews"
_LEDE = "Live from Lanternfest's final night, with the gala screening of Marrowby Tide."


def _blog(*entries: str) -> ArticleFacts:
    return facts(
        _LEDE,
        "21.40 Marrowby Tide closes the festival tonight; it reaches cinemas in May.",
        *entries,
        date="2026-03-14",
        title=_TITLE,
    )


def test_an_entry_led_by_another_work_after_a_fronted_phrase_is_that_works() -> None:
    found = _blog(
        "17.15 Ahead of the gala, the morning's Cornish drama Tir an Gwyns had its first "
        "screening. Newcomer Jory Penhale plays Kitto, a boy who keeps "
        "pigeons. It airs on the BBC in the summer.",
    )
    assert ("Jory Penhale", "Kitto") not in served_pairs(found)


def test_an_entry_about_the_pages_work_keeps_its_castings() -> None:
    found = _blog(
        "19.05 On the carpet now is the whole company of the gala film, with its star known "
        "for the drama Tir an Gwyns. Director Petroc Vellan cast Jory Penhale as Kitto.",
    )
    assert ("Jory Penhale", "Kitto") in served_pairs(found)
