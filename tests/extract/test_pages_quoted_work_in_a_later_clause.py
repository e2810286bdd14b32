"""A festival or awards page that gives one other work's cast, then in a later clause (after a
semicolon or ", while") another quoted work and its cast: the later cast is that work's too,
whatever credit words the earlier clause held (:mod:`bot.extract.castquotedworks`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_TITLE = "Saltmarrow opens the Harbour Film Festival to a standing ovation"


@pytest.mark.parametrize(
    "other",
    [
        "The buzz elsewhere has been for ‘Tin Lid’, Dara Mott’s Welsh sailing drama starring"
        " Marit Sandoe as Hedda, which screens again on Friday; the closing film is Ida Fenn’s"
        " ‘Quillon Year’, with Kasper Lindqvist as Elias, a ruined clockmaker.",
        "The jury prize went to “Tin Lid”, Dara Mott’s documentary about a rowing club in"
        " Cardiff, while the audience award was won by “Quillon Year”, starring Kasper"
        " Lindqvist as a clockmaker, Elias Venn.",
    ],
)
def test_a_cast_given_in_a_later_clause_of_another_work_is_not_ours(other: str) -> None:
    found = facts(
        "Saltmarrow, Pilar Ostend’s coastal drama, opened the festival on Thursday night.",
        "Orla Fenwick, who plays the ferry pilot Tamsin Roke in Saltmarrow, led the cast on the"
        " red carpet.",
        other,
        date="2027-03-12",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert not any(actor == "Kasper Lindqvist" for actor, _ in served)
