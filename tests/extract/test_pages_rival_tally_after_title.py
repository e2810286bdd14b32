"""An awards page's rival work whose tally comes before its title ("Close behind with five
nominations is The Quillon Year, ...") or is a bare count after an apposition ("Tin Lid Harbour,
Dara Mott’s fenland two-hander, took four, with ...") names castings that are that rival's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import AWARDS_LEDE, awards_page, served_pairs


@pytest.mark.parametrize(
    "rival",
    [
        "Close behind with five nominations is The Quillon Year, Dara Mott’s clockmaking epic,"
        " which earned a leading actor nod for Kasper Lindqvist as the ruined clockmaker Elias"
        " Venn.",
        "Hot on its heels with six nods is Brine Lane, a Leeds-set thriller, which earned a"
        " leading actor nod for Kasper Lindqvist as the dock boss Elias Venn.",
        "Tin Lid Harbour, Dara Mott’s fenland two-hander, took four, with Marit Sandoe and"
        " Kasper Lindqvist both nominated for leading actor as rival brothers Elias and Hedd"
        " Venn.",
    ],
)
def test_castings_after_a_rivals_tally_are_not_ours(rival: str) -> None:
    found = awards_page(
        AWARDS_LEDE,
        "Orla Fenwick is nominated for her performance as Tamsin Roke, a ferry pilot, in"
        " Saltmarrow.",
        rival,
    )
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert not any(actor in {"Kasper Lindqvist", "Marit Sandoe"} for actor, _ in served), served
