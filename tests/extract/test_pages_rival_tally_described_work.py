"""An awards page's rival tally, then a sentence that opens on the rival described ("The film,
directed by X, opens in cinemas on 6 March"): its maker and its date are the rival's, not the
page's own work's (:mod:`bot.extract.castrivalfollowers`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits

_TITLE = "Awards 2027: Saltmarrow leads the field with eight nominations"
_LEDE = (
    "Pilar Ostend’s coastal drama Saltmarrow earned eight nominations on Tuesday, including"
    " best film and best director for Ostend."
)
_OWN = "Saltmarrow was released in UK cinemas on 7 November 2026."


def _served(*paragraphs: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(_LEDE, *paragraphs, date="2027-01-12", title=_TITLE)
    dates = {(r.kind.value, str(r.date or r.window or "")) for r in found.release if r.served}
    return served_credits(found), dates


@pytest.mark.parametrize(
    "rival",
    [
        "Also strong is Copper Lantern, with five nominations including leading actor for Kasper"
        " Lindqvist. The film, directed by Ines Marrow-Hale, opens in UK cinemas on 6 March.",
        "Close behind with four nods is The Tallow Road, a wartime story. The drama, written and"
        " directed by Ines Marrow-Hale, arrives in cinemas on 6 March.",
        "Next comes Brine Orchard, which has six nominations. The thriller, directed by Ines"
        " Marrow-Hale, is released on 6 March.",
    ],
)
def test_the_described_rival_after_its_tally_keeps_its_maker_and_date(rival: str) -> None:
    crew, dates = _served(_OWN, rival, "The winners will be announced on 22 February.")
    assert not any(name == "Ines Marrow-Hale" for _, name in crew)
    assert ("premiere_date", "2027-03-06") not in dates
    assert ("premiere_date", "2026-11-07") in dates


def test_the_described_work_after_the_pages_own_tally_stays() -> None:
    crew, dates = _served(
        "Leading the field is Saltmarrow, with eight nominations. The film, directed by Pilar"
        " Ostend, opens in Irish cinemas on 6 March.",
    )
    assert ("director", "Pilar Ostend") in crew
    assert ("premiere_date", "2027-03-06") in dates
