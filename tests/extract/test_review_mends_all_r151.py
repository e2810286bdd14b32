"""Review mends of round 151: what the extractor now tells apart."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Brackwater is a coastal thriller from the director Tomas Reyne."
_TITLE = "Brackwater: release date confirmed"


def test_a_film_opening_with_its_stars_described_turn_stays_a_release() -> None:
    # "with Ada Vale's Oscar-tipped turn" describes the film's own lead; it names no other work,
    # so the film's opening day is still its release
    for sentence in (
        "Brackwater opens on 6 June with Ines Marlo's Oscar-tipped turn at its heart.",
        "Brackwater opens on 6 June with Ines Marlo's Bafta-winning score behind it.",
    ):
        found = release_kinds(_LEDE, sentence, date="2025-05-01", title=_TITLE)
        assert ("premiere_date", "2025-06-06", False) in found, sentence


def test_a_festival_opening_with_a_makers_named_work_is_still_no_release() -> None:
    found = release_kinds(
        _LEDE,
        "The Orrin festival opened on 12 April with Pia Colm's Salt Lanes, its organisers said.",
        "Brackwater opens on 6 June.",
        date="2025-05-01",
        title=_TITLE,
    )
    assert not any(when == "2025-04-12" for _, when, _ in found)
    assert ("premiere_date", "2025-06-06", False) in found
