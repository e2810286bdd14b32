"""A date the outlet only reports as a claim going round ("we have seen a claim going round
forums that it will drop on 3 May") is nobody's word: held, while the date the sentence after
confirms is served."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_a_claim_going_round_a_site_is_not_the_premiere() -> None:
    found = release_kinds(
        "Marrowfield is out on 3 December.",
        "We have seen a claim going round Instagram that it will drop on 1 November alongside "
        "a surprise change. We asked the studio, and the date has not moved.",
        date="2031-08-10",
    )
    assert ("premiere_date", "2031-12-03", False) in found
    assert not any(date == "2031-11-01" for _, date, _ in found)


def test_claims_circulating_online_are_not_the_premiere() -> None:
    found = release_kinds(
        "Marrowfield is out on 3 December.",
        "There are claims circulating on fan forums that the series will arrive on 14 November.",
        date="2031-08-10",
    )
    assert not any(date == "2031-11-14" for _, date, _ in found)
