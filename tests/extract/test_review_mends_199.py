"""Review mends of round 199: near misses of this round's rules, in invented words."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_ORVIN_LEDE = "Ada Vale is to lead the second series of Orvingate, the broadcaster confirmed."


def test_last_turn_in_a_work_only_the_headline_names_is_still_an_earlier_part() -> None:
    found = facts(
        _ORVIN_LEDE,
        "Vale, who last starred in Quillmere as Ned Gray, joins the cast of Orvingate.",
        title="From Quillmere to Orvingate: Ada Vale lands a new lead",
    )
    assert ("Ada Vale", "Ned Gray") not in served_pairs(found)


def test_most_recent_turn_in_another_headlined_work_is_not_this_productions() -> None:
    found = facts(
        _ORVIN_LEDE,
        "Vale, who most recently appeared in Quillmere as Ned Gray, joins the cast.",
        title="Ada Vale talks Quillmere, Orvingate and a new chapter",
    )
    assert ("Ada Vale", "Ned Gray") not in served_pairs(found)
