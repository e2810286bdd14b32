"""An awards page that tallies a rival work's nominations: the castings its nods are "for" are
that rival's, not the page's own work's (:mod:`bot.extract.castrivaltallies`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import AWARDS_LEDE, awards_page, served_pairs

_OWN = (
    "Orla Fenwick is nominated for her performance as Tamsin Roke, a ferry pilot who loses her"
    " licence, in Saltmarrow."
)


@pytest.mark.parametrize(
    "rival",
    [
        "Its nearest challenger is The Quillon Year, Dara Mott’s period piece, which has five"
        " nods, including leading actor for Kasper Lindqvist, who plays a ruined clockmaker"
        " named Elias Venn, and supporting actress for Marit Sandoe as his sister, Hedda.",
        "Close behind comes Tin Lid Harbour, with four nominations including supporting actor"
        " for Kasper Lindqvist as the lighthouse keeper Elias Venn.",
        "The Orchard Keepers, a Norwegian co-production, earned six nominations, among them"
        " best actress for Marit Sandoe as Hedda and leading actor for Kasper Lindqvist as"
        " Elias Venn.",
    ],
)
def test_castings_in_a_rival_works_tally_are_not_ours(rival: str) -> None:
    found = awards_page(AWARDS_LEDE, _OWN, rival)
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert not any(actor in {"Kasper Lindqvist", "Marit Sandoe"} for actor, _ in served)


@pytest.mark.parametrize(
    "own",
    [
        "Saltmarrow, Pilar Ostend’s coastal drama, has eight nominations, including leading"
        " actress for Orla Fenwick, who plays a ferry pilot named Tamsin Roke.",
        "Pilar Ostend’s coastal drama is the film to beat. It has eight nominations, including"
        " leading actress for Orla Fenwick, who plays a ferry pilot named Tamsin Roke.",
    ],
)
def test_castings_in_the_pages_own_tally_stay(own: str) -> None:
    found = awards_page(own)
    assert ("Orla Fenwick", "Tamsin Roke") in served_pairs(found)
