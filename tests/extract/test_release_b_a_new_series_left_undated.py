"""An awards or news piece on a series that has aired may add "A second series has been
commissioned. Channel 5 has not said when it will air.": the silence is the new series',
not a sign that the aired one has no date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Tarrow Sands leads the drama field at this year's awards with three nominations."


def test_a_new_series_silence_is_not_ours() -> None:
    for line in (
        "A second series has been commissioned, with the cast returning. "
        "Channel 5 has not said when it will air.",
        "A third season has now been ordered. Tidewell TV has not yet said when it will return.",
        "A second series has been ordered. Channel 5 has yet to confirm when it will air.",
    ):
        found = release_kinds(
            _LEDE, line, date="2026-03-25", title="Awards nominations: Tarrow Sands leads"
        )
        assert not any(kind == "not_announced" for kind, _, _ in found), line


def test_our_own_silence_is_still_read() -> None:
    found = release_kinds(
        _LEDE,
        "Tarrow Sands has finished filming. Channel 5 has not said when it will air.",
        date="2026-03-25",
        title="Filming wraps on Tarrow Sands",
    )
    assert ("not_announced", "", False) in found
