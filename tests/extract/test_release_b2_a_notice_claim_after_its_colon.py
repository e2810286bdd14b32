"""A correction notice that names what it corrects, then a colon, then a bare "we said ..."
("A fix to yesterday's update: we wrote the shoot wrapped in May.") retracts that claim, month
or day alike: only the truth told after it is served. The same words outside a notice are the
outlet's plain report, not a retraction."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Here is everything we know so far about the Copper Bay film."


def test_a_month_claimed_after_a_notices_colon_is_not_served() -> None:
    for notice in (
        "A small fix to Monday's post: we wrote principal photography began in May 2025."
        " Principal photography began in June 2025. Our apologies.",
        "A small fix to Monday's post: we reported the shoot wrapped in May 2025. The shoot"
        " wrapped in June 2025. Sorry for the mistake.",
    ):
        found = release_kinds(_LEDE, notice)
        assert {when for _, when, _ in found} == {"2025-06"}, notice


def test_the_same_words_outside_a_notice_are_a_plain_report() -> None:
    found = release_kinds(
        _LEDE, "From the set, a note: principal photography began in May 2025, the crew told us."
    )
    assert ("filming_started", "2025-05", False) in found
