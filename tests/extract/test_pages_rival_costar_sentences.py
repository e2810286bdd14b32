"""An awards page tallies a rival work (its title often in quotation marks: "Ahead of it with
nine nods is “Tin Lid”"), then names that rival's star's co-star in the next sentence without
naming the work again ("Mott's co-star Ada Vale, who plays his sister Mira, is up for best
actress"): the co-star's part is the rival's, not the page's own work's
(:mod:`bot.extract.castrivalfollowers`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import AWARDS_LEDE, awards_page, served_pairs

_OWN = (
    "Orla Fenwick is nominated for her performance as Tamsin Roke, a ferry pilot who loses her"
    "licence, in Saltmarrow."
)


@pytest.mark.parametrize(
    "rival",
    [
        "The race is tight. Leading the field with nine nominations is “The Quillon Year”, Dara"
        " Mott’s sprawling period piece, whose Kasper Vennholt is the favourite for leading"
        " actor. Vennick’s co-star Marit Sandoe, who plays his estranged sister Hedda, is up for"
        " leading actress.",
        "Saltmarrow is not alone. Close behind with six nods is ‘Tin Lid Harbour’, the Norwegian"
        " heist caper starring Kasper Vennholt. His co-star Marit Sandoe, who plays the"
        " safecracker Hedda, is nominated for supporting actress.",
        "It has company. Ahead of it with seven nominations is “Brine Lane”, led by Kasper"
        " Vennick. Vennick’s screen partner Marit Sandoe, who plays his wife Hedda, also has a"
        " nod.",
    ],
)
def test_a_rivals_costar_after_its_tally_is_not_ours(rival: str) -> None:
    found = awards_page(AWARDS_LEDE, _OWN, rival)
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert not any(actor in {"Kasper Vennholt", "Marit Sandoe"} for actor, _ in served), served


def test_our_stars_costar_stays_ours() -> None:
    found = awards_page(
        AWARDS_LEDE,
        "The race is tight. Saltmarrow, Pilar Ostend’s coastal drama, has eight nominations,"
        " including leading actress for Orla Fenwick. Fenwick’s co-star Idris Pell, who plays her"
        " brother Col Roke, is up for supporting actor.",
    )
    assert ("Idris Pell", "Col Roke") in served_pairs(found)
