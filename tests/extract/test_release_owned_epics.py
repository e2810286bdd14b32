"""Another work named as someone's by a genre noun ("Ada Lune's seafaring epic The Tin Sea ...
opens in cinemas on 26 December"), in an article about another film: that work's date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEAD = "Marsh Gate, the six-part thriller, won best drama on Sunday night."


def test_a_date_of_someone_s_epic_is_not_ours() -> None:
    found = release_kinds(
        _LEAD,
        "Ada Lune's seafaring epic The Tin Sea, with Tom Reed as Captain Marr, has the backing, "
        "and opens in cinemas on 26 December.",
        date="2026-11-20",
        title="Marsh Gate sweeps the regional awards",
    )
    assert ("premiere_date", "2026-12-26", False) not in found


def test_our_own_epic_keeps_its_date() -> None:
    found = release_kinds(
        "Ada Lune's seafaring epic Marsh Gate, with Tom Reed as Captain Marr, opens in cinemas "
        "on 26 December.",
        date="2026-11-20",
        title="Marsh Gate: first look",
    )
    assert ("premiere_date", "2026-12-26", False) in found
