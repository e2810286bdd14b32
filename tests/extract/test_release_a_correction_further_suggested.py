"""A correction notice's "The original article further suggested that ..." retracts the claim: a
window it quoted is no release window, while the notice's own "no date" stands."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_window_the_original_article_further_suggested_is_dropped() -> None:
    found = release_dates(
        "A correction to our report on the Quillon drama Brackenmere.",
        "The article also said filming began in May. In fact, cameras rolled on 9 June 2025.",
        "The original article further suggested that the series “will land this Christmas”."
        " No release date has been announced.",
        "We apologise for these errors.",
        date="2025-08-04",
        title="Correction: Brackenmere filming details",
    )
    assert not any(kind == "window" for kind, _, _ in found), found
    assert ("not_announced", "", False) in found, found
