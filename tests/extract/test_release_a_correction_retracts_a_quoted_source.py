"""A correction notice's "The article also quoted a source as saying ..." retracts the quoted
claim: a window it gave is no release window."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_window_a_retracted_quotation_gave_is_dropped() -> None:
    found = release_dates(
        "A correction to our report on the Lumen drama Wexmoor, which gave the wrong start date.",
        "The article also said filming began on 4 March. Filming on Wexmoor began on 11 March.",
        "The article also quoted a “source close to the production” as saying the series would"
        " air in the autumn. Lumen has told us that no transmission date has been set.",
        "We apologise for the errors.",
        date="2026-05-14",
        title="Correction: Wexmoor",
    )
    assert not any(kind == "window" for kind, _, _ in found), found
    assert ("filming_started", "2026-03-11", False) in found
