"""A notice's "It also said X plays Idwal's cousin; she plays Cadi Rudgley" withdraws the kin
part it claimed, never X's part named elsewhere (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_notices_kin_claim_is_withdrawn_and_the_truth_kept() -> None:
    found = served_pairs(
        facts(
            "Glasnant, the Netflix film, arrives in May.",
            "Newcomer Gwenfair Tysoe joins as Cadi Rudgley, a university friend of Idwal’s.",
            "Correction, 10:12 GMT: An earlier version of this article said the film would open"
            " in April. It also said newcomer Gwenfair Tysoe plays Idwal’s cousin; she plays Cadi"
            " Rudgley, a friend of Idwal’s. We apologise for the errors.",
            title="Glasnant gets a May date",
        )
    )
    assert ("Gwenfair Tysoe", "Cadi Rudgley") in found
    assert not {p for a, p in found if a == "Gwenfair Tysoe" and "cousin" in p}
