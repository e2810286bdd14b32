"""A sentence that dismisses a report before telling it ("puts to rest claims ... that it would
open on 4 June", "quashed rumours that the shoot had moved to October") states none of the
report's times; a report confirmed ("confirmed reports that it opens on 3 May") still does, and
a denial of something else leaves a later time standing. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _dates(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-02-10", title="Pennick Vale gets its date")
    return {
        (r.kind.value, str(r.date or r.window))
        for r in found.release
        if r.served and r.kind.value != "title"
    }


def test_a_date_in_claims_put_to_rest_is_not_served() -> None:
    found = _dates(
        "Pennick Vale, the new drama from Lirren Hoyle, will open on BBC One on Sunday 24 May.",
        "The news puts to rest claims, first made by a gossip blog and then widely shared, that"
        " the drama would open on 3 May.",
    )
    assert ("premiere_date", "2026-05-03") not in found
    assert ("premiere_date", "2026-05-24") in found


def test_a_month_in_rumours_quashed_is_not_served() -> None:
    found = _dates(
        "Pennick Vale, the new drama from Lirren Hoyle, will open on BBC One on Sunday 24 May.",
        "The channel quashed rumours that the drama would be held back until September.",
    )
    assert not any(value.startswith("2026-09") for _, value in found)


def test_a_confirmed_report_keeps_its_date() -> None:
    found = _dates(
        "The BBC confirmed reports that Pennick Vale, the new drama from Lirren Hoyle, will open"
        " on Sunday 24 May.",
    )
    assert ("premiere_date", "2026-05-24") in found


def test_a_date_told_before_the_dismissal_stands() -> None:
    found = _dates(
        "Pennick Vale, the new drama from Lirren Hoyle, will open on BBC One on Sunday 24 May,"
        " the channel confirmed, ending weeks of speculation that it would open on 3 May.",
    )
    assert ("premiere_date", "2026-05-24") in found
