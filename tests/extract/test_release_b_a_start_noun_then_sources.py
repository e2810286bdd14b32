"""A shoot's month named as a noun ("ahead of an August shoot") is a plan; when sources close the
clause after it ("..., insiders say"), the plan is hearsay and hedged. Told plainly, it stays
firm. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the next feature from Harbour Pictures."


def test_sources_after_a_shoot_noun_hedge_the_plan() -> None:
    found = release_kinds(
        _LEAD,
        "A former child star joins Copper Bay ahead of an August shoot, insiders say.",
        date="2026-04-20",
        title=_TITLE,
    )
    assert ("filming_planned", "2026-08", True) in found
    assert ("filming_planned", "2026-08", False) not in found


def test_a_shoot_noun_told_plainly_stays_firm() -> None:
    found = release_kinds(
        _LEAD,
        "A former child star joins Copper Bay ahead of an August shoot.",
        date="2026-04-20",
        title=_TITLE,
    )
    assert ("filming_planned", "2026-08", False) in found
