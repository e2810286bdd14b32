"""A profile's lede names the subject's new show with its kind, and a sitcom they once played in.

The new show's title is the page's own (the sentence opened by "In" before its name is the
sentence's word, not a longer name's); the sitcom the actor played in before is an earlier
credit, never the page's title."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Orla Penwarden: ‘I was the comic relief for a decade’"
_LEDE = (
    "Orla Penwarden, star of Channel 5’s new drama The Copper Weir, on moving past Gullhaven"
    " and playing a ferrywoman."
)


def _titles(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, date="2026-03-02", title=_TITLE)
    return {f.title or "" for f in found.release if f.kind is ReleaseKind.TITLE and f.served}


def test_the_new_show_named_after_a_sentence_opening_in_is_the_title() -> None:
    titles = _titles(
        "Viewers know Orla Penwarden as the bossy cousin she played in the ITV sitcom Gullhaven"
        " from 2015 until it stopped in 2021.",
        "In The Copper Weir, which starts on 9 May, she plays Edie Marr, who runs a river ferry.",
        "She talks warmly of The Copper Weir and its crew.",
    )
    assert titles == {"The Copper Weir"}


def test_a_sitcom_she_played_in_is_never_the_title() -> None:
    titles = _titles(
        "Viewers know Orla Penwarden as the bossy cousin she played in the ITV sitcom Gullhaven"
        " from 2015 until it stopped in 2021.",
        "The Copper Weir Festival once honoured her, and she remembers Gullhaven fondly.",
        "She talks warmly of The Copper Weir Festival.",
    )
    assert "Gullhaven" not in titles
