"""An awards page's rival tally, then a sentence that opens on that rival described ("Dara
Mott's Leeds-set comedy earns ..."): the castings that sentence names are the rival's, not the
page's own work's (:mod:`bot.extract.castrivalfollowers`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import AWARDS_LEDE, awards_page, served_pairs

_OWN = (
    "Orla Fenwick, who plays the ferry pilot Tamsin Roke, is nominated for leading actress in"
    " Saltmarrow."
)


@pytest.mark.parametrize(
    "rival",
    [
        'Hot on its heels is "The Quillon Year", with seven nominations. Dara Mott’s Leeds-set'
        " period comedy earns leading actor recognition for Kasper Lindqvist, who plays"
        " clockmaker Elias Venn.",
        "Close behind is Tin Lid Harbour, with five nominations. Dara Mott's coastal thriller"
        " picks up a supporting nod for Kasper Lindqvist, who plays lighthouse keeper Elias"
        " Venn.",
        "Next comes The Orchard Keepers, which has six nominations. The Norwegian"
        " co-production earns best actor for Kasper Lindqvist, who plays widowed farmer Elias"
        " Venn.",
    ],
)
def test_castings_in_the_sentence_after_a_rival_tally_are_not_ours(rival: str) -> None:
    found = awards_page(AWARDS_LEDE, _OWN, rival)
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert not any(actor == "Kasper Lindqvist" for actor, _ in served)


def test_castings_after_the_pages_own_tally_stay() -> None:
    found = awards_page(
        'Leading the field is "Saltmarrow", with eight nominations. Pilar Ostend’s coastal'
        " drama earns leading actress recognition for Orla Fenwick, who plays ferry pilot Tamsin"
        " Roke.",
    )
    assert ("Orla Fenwick", "Tamsin Roke") in served_pairs(found)
