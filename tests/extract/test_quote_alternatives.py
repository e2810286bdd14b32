"""Quotes on invented text: quoted words offered as alternatives ("Even “we won” or “no way”
counts") are examples, said by no one, and held; a quote someone says is still served."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_quoted_alternatives_are_held() -> None:
    for rule in (
        "No spoilers in titles, please. Even “she lives” or “what a twist” gives it away.",
        "Keep reactions out of the thread name: a title like 'so sad' or 'best ending ever' "
        "will be removed.",
    ):
        found = facts(
            "The Saltmarsh trailer is out and the film opens in May.",
            rule,
            date="2026-03-02",
            title="Saltmarsh discussion thread",
        )
        served = [q.text for q in found.quotes if q.served]
        assert not served, served
        assert len(found.quotes) == 2, found.quotes


def test_a_quote_joined_by_and_is_served() -> None:
    found = facts(
        "The Saltmarsh trailer is out and the film opens in May.",
        "“It is the best thing we have made,” director Tamsin Rook said.",
        date="2026-03-02",
        title="Saltmarsh discussion thread",
    )
    served = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert served == [("It is the ", "Tamsin Rook")], served
