"""A box-office or chart page's look ahead: "the next contender lands on 9 March with the
puppet caper X". The day is the rival's opening, not the page's own film's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = (
    "Copper Lanes held on to the top spot at the UK box office, taking £1.4m in its second "
    "weekend after its release on Friday 3 October."
)


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        _LEDE,
        "Exhibitors expect it to add screens this weekend.",
        sentence,
        date="2025-10-13",
        title="UK box office: Copper Lanes holds firm",
    )


def test_a_rivals_arrival_is_not_our_date() -> None:
    for sentence in (
        "Its toughest rival opens on 31 October with the puppet caper Deep Fathom, "
        "which could take £3m.",
        "The real challenge comes on 31 October in the form of Lionsgate’s thriller Glass Pier.",
        "Its next serious competition lands on 31 October, with the animated sequel Moon Otters "
        "2 tracking well.",
        "The biggest threat arrives on 31 October from Warner’s Night Dredge.",
    ):
        found = _kinds(sentence)
        assert ("premiere_date", "2025-10-31", False) not in found, sentence
        assert ("premiere_date", "2025-10-03", False) in found, sentence


def test_our_own_arrival_is_still_our_date() -> None:
    found = release_kinds(
        "Copper Lanes, the next big test for the studio, arrives on 31 October.",
        "Tickets go on sale on Monday.",
        date="2025-10-13",
        title="Copper Lanes: what we know",
    )
    assert ("premiere_date", "2025-10-31", False) in found
