"""A festival report names another prize-winner by its quoted title and its cast, the sentence
opening on a time phrase ("Earlier in the week the jury gave its top award to ‘Tin Lid’, a
drama starring Ada Vale as Mira", "In March the festival's audience prize went to ..."): "in"
before a time is no credit lead, so the part is still the other work's
(:mod:`bot.extract.castquotedworks`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = (
    "Saltmarrow closed the Harwick Film Festival with a gala screening on Saturday, a fortnight"
    " before it reaches cinemas."
)
_OWN = "Orla Fenwick, who plays Tamsin Roke, introduced the film with its director."


@pytest.mark.parametrize(
    "winner",
    [
        "Earlier in the week the festival gave its Kestrel Lamp award to ‘The Curlew Winter’, a"
        " coastal drama from director Dara Mott starring Marit Sandoe as a widowed fisher,"
        " Hedda Lowe.",
        "In the meantime the jury prize went to “Tin Lid”, a comedy starring Marit Sandoe as"
        " Hedda Lowe.",
        "In March the same jury had honoured ‘Brine Lane’, starring Marit Sandoe as the ferrywoman"
        " Hedda Lowe.",
    ],
)
def test_another_prize_winners_cast_is_not_ours(winner: str) -> None:
    found = facts(
        _LEDE,
        _OWN,
        winner,
        date="2026-06-08",
        title="Harwick 2026: Saltmarrow closes the festival in tears",
    )
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert ("Marit Sandoe", "Hedda Lowe") not in served


def test_a_credit_in_another_work_before_the_title_stays_a_credit() -> None:
    found = facts(
        _LEDE,
        "Marit Sandoe, who plays Hedda Lowe, was last seen in ‘Tin Lid’.",
        date="2026-06-08",
        title="Harwick 2026: Saltmarrow closes the festival in tears",
    )
    assert ("Marit Sandoe", "Hedda Lowe") in served_pairs(found)
