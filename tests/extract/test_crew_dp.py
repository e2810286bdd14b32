""" "DP", the trade's short form for the director of photography (invented sentences, none of the
corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_dp_before_a_name_is_the_cinematographer() -> None:
    found = facts(
        "Lantern Bay is shooting in Leeds.", "Glasshouse DP Pia Ross reteams with the director."
    )
    assert ("cinematographer", "Pia Ross") in credits(found)


def test_dp_in_apposition_is_the_cinematographer() -> None:
    found = facts(
        "Lantern Bay is shooting in Leeds.", "Tomas Heikkinen, our DP, lit it with candles."
    )
    assert ("cinematographer", "Tomas Heikkinen") in credits(found)
