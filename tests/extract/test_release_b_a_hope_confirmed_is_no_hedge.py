"""A date told as what people had hoped for, now confirmed ("confirms what viewers hoped: it
lands on ...", "as fans had hoped, it opens on ..."), is stated, not hedged: the hope is
fulfilled. A hope still open ("the studio hoped it would open on ...") stays hedged. Invented
text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lantern Row: first look"
_LEAD = "Lantern Row is the new drama from Quayside Films."


def test_a_confirmed_hope_dates_the_release_plainly() -> None:
    found = release_kinds(
        _LEAD,
        "It confirms what readers hoped: the last instalment of the saga lands on Thursday "
        "14 May 2026.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-14", False) in found
    assert ("premiere_date", "2026-05-14", True) not in found


def test_a_hope_met_after_as_dates_the_release_plainly() -> None:
    found = release_kinds(
        _LEAD,
        "Just as viewers hoped, Lantern Row arrives on Thursday 14 May 2026.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-14", False) in found


def test_an_open_hope_stays_hedged() -> None:
    found = release_kinds(
        _LEAD,
        "Quayside Films hoped the last instalment of the saga would arrive on Thursday "
        "14 May 2026.",
        date="2026-03-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-05-14", False) not in found
