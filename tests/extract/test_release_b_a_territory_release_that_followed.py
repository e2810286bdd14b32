"""A territory's or a later form's release told as following another ("Its UK release followed
on 3 October", "A streaming release follows on 6 February") came after the work was already
out: its day is held, not served as the premiere. The first opening stays the premiere."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The small Welsh drama Tarnmoor has become the awards outsider everyone is talking about."


def test_a_release_that_followed_another_is_not_the_premiere() -> None:
    for sentence in ("Its UK release followed on 3 October.", "A US release follows on 3 October."):
        found = release_kinds(
            _LEDE,
            "It opened in Welsh cinemas on 12 September 2025.",
            sentence,
            date="2026-01-20",
            title="Awards watch: Tarnmoor",
        )
        assert ("premiere_date", "2025-09-12", False) in found, sentence
        assert not any(when.endswith("-10-03") for _, when, _ in found), sentence


def test_a_release_that_follows_a_festival_showing_is_the_premiere() -> None:
    found = release_kinds(
        "Tarnmoor had its world premiere at the Lisbon festival on 3 February.",
        "Its streaming release follows on 17 April, when it arrives on the service worldwide.",
        date="2026-02-05",
        title="Tarnmoor premieres in Lisbon",
    )
    assert ("premiere_date", "2026-04-17", False) in found
