"""A correction notice may say what its earlier version drew on, between commas, before the
claim ("An earlier version of this report, citing a cinema chain's listing, said ..."): the
retracted date is still no fact, and the notice's true date stands. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-02-03", title="Weir Cottage gets a May date")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_version_that_names_its_source_retracts_its_date() -> None:
    assert _premieres(
        "Weir Cottage will open in UK cinemas on Friday 22 May 2026, the distributor said.",
        "Correction: An earlier version of this report, citing a cinema chain's listing, said "
        "the film would open on 15 May 2026. The distributor has confirmed 22 May 2026.",
    ) == {"2026-05-22"}


def test_a_version_that_names_when_it_ran_still_retracts() -> None:
    assert _premieres(
        "Weir Cottage will open in UK cinemas on Friday 22 May 2026, the distributor said.",
        "Correction: An earlier version of this report, published on 2 February, said the "
        "film would open on 15 May 2026.",
    ) == {"2026-05-22"}


def test_a_date_beside_an_aside_outside_a_notice_stands() -> None:
    assert "2026-05-15" in _premieres(
        "Weir Cottage, based on a radio play, will open in UK cinemas on 15 May 2026.",
    )
