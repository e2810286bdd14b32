"""A guide heading each entry with its channel first ("BBC iPlayer: Harrow Fen") has the entry the
headline names first for its own: the makers and castings of the other entries are other works'."""

from __future__ import annotations

from bot.extract.crewdashentries import dashed_name
from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Streaming this weekend: Harrow Fen, Pewter Lane and more"
_LEDE = "From a fenland farewell to a Hebridean mystery, here is what to stream this weekend."
_GUIDE = (
    _LEDE,
    "Netflix: Harrow Fen",
    "The last chapter. Ruth Penn returns as Mira, and Oseley Hart wrote the script.",
    "BBC iPlayer: Pewter Lane",
    "Nia Bell plays a lighthouse keeper who finds a body in this four-part mystery, directed by"
    " Lena Brook. All episodes arrive on Sunday.",
    "Sky Atlantic / NOW: Copper Bay",
    "The fishing saga is back for a second run. Sam Oyelaran returns as patriarch Ewan Doyle.",
)


def test_the_other_channel_led_entries_are_not_ours() -> None:
    found = facts(*_GUIDE, date="2026-10-09", title=_TITLE)
    assert ("director", "Lena Brook") not in served_credits(found)
    assert ("Sam Oyelaran", "Ewan Doyle") not in served_pairs(found)
    assert ("Ruth Penn", "Mira") in served_pairs(found)


def test_a_day_after_the_channel_is_no_entry_heading() -> None:
    assert dashed_name("BBC iPlayer: Pewter Lane") == "Pewter Lane"
    assert dashed_name("BBC One: Sunday 9pm") == "BBC One: Sunday 9pm"
