"""A festival's live headline names its own premiere first and the day's other films after a
"plus" ("... live: Velmo premieres, plus Cragwater and The Understudy"): a name told only after
the "plus" is another film's, so an entry that sets it as a work is that film's, though the
headline names it. An entry may set its work by an owner's apposition ("Cragwater, Bryn Hollis's
boxing drama") as well as by "a" or "the"."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds, served_credits

_LEDE = "Day two of the Fenmouth festival, with the world premiere of Nell Ashgrove's Velmo."
_OPEN = "Good morning from the festival hub. Three premieres today."
_OURS = (
    "Velmo got a long ovation. Ashgrove's film opens in cinemas on 4 September.",
    "The film is directed by Nell Ashgrove.",
)
_PLUS = "Fenmouth festival live: Velmo premieres, plus Cragwater and The Understudy"


def test_an_entry_on_a_film_named_after_plus_dates_and_credits_that_film() -> None:
    entry = (
        "Our critic on Cragwater, the coastal horror from director Bryn Hollis: grim and "
        "clever. Cragwater is on Shudder from 30 October."
    )
    found = facts(_LEDE, _OPEN, entry, *_OURS, date="2026-08-15", title=_PLUS)
    assert ("director", "Bryn Hollis") not in served_credits(found)
    kinds = release_kinds(_LEDE, _OPEN, entry, *_OURS, date="2026-08-15", title=_PLUS)
    assert ("premiere_date", "2026-10-30", False) not in kinds
    assert ("premiere_date", "2026-09-04", False) in kinds


def test_the_film_named_before_plus_keeps_its_entry() -> None:
    entry = "Velmo, the coastal drama from director Nell Ashgrove, starts in ten minutes."
    found = facts(_LEDE, _OPEN, entry, *_OURS, date="2026-08-15", title=_PLUS)
    assert ("director", "Nell Ashgrove") in served_credits(found)


def test_an_owners_apposition_sets_the_entrys_work() -> None:
    entry = (
        "Coming out of Cragwater, Bryn Hollis's boxing drama, to a long queue. Cragwater is "
        "due on Streamly at Christmas."
    )
    kinds = release_kinds(_LEDE, _OPEN, entry, *_OURS, date="2026-08-15", title=_PLUS)
    assert not any(kind == "window" for kind, *_ in kinds)
    assert ("premiere_date", "2026-09-04", False) in kinds
