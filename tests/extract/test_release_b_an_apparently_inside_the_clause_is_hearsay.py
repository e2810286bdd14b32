"""A time the writer passes on with "apparently", "allegedly" or "supposedly" inside the clause
("the distributor has apparently settled on a US release in the autumn") is hearsay: served
hedged, not as the makers' word. Without the adverb the same time is firm."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Pell Marsh, the fenland thriller, is in UK cinemas from Friday 12 June."


def test_an_apparently_told_window_is_hedged() -> None:
    for sentence in (
        "Its distributor has apparently settled on a US release in the autumn.",
        "The US distributor supposedly wants a release in the autumn.",
    ):
        found = release_kinds(_LEDE, sentence, date="2026-06-08")
        assert ("window", "2026-09/2026-11", True) in found, sentence
        assert ("window", "2026-09/2026-11", False) not in found, sentence


def test_the_plain_window_stays_firm() -> None:
    found = release_kinds(
        _LEDE, "Its distributor has set a US release in the autumn.", date="2026-06-08"
    )
    assert ("window", "2026-09/2026-11", False) in found
