""" "with X as an executive producer" credits X as the post "with X as executive producer" does;
"with X as a producer" may cast a part and stays silent (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Sky's Harrow Lane adaptation wraps filming"


def test_with_as_an_executive_producer_credits_the_post() -> None:
    found = facts(
        "Harrow Lane has finished filming. The six-part adaptation is written by Odran Pelley,"
        " with Mirela Stanhope as an executive producer.",
        title=_TITLE,
    )
    assert ("executive_producer", "Mirela Stanhope") in credits(found)


def test_with_as_a_producer_casts_no_credit() -> None:
    found = facts(
        "Harrow Lane has finished filming. It stars Odran Pelley, with Mirela Stanhope as a"
        " producer chasing one last hit.",
        title=_TITLE,
    )
    assert ("producer", "Mirela Stanhope") not in credits(found)
