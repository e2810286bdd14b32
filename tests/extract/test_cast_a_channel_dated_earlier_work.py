"""A work dated in brackets with its channel, its maker's credit, then whom it starred, is an
earlier work: its casting is not the article's production's."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_channel_and_year_bracket_marks_an_earlier_work() -> None:
    found = facts(
        "Pellam Drive, a new drama for Channel 4, has cast Quenby Marsh as Ottilie Fenn.",
        "Rookwell Pictures’ previous work includes Hestor Lane (BBC Two, 2023), directed by "
        "Tolliver Asch and starring Brisa Quell as Detective Mabyn Rook.",
        title="Pellam Drive",
    )
    assert ("Brisa Quell", "Detective Mabyn Rook") not in pairs(found)
    assert ("Quenby Marsh", "Ottilie Fenn") in served_pairs(found)
