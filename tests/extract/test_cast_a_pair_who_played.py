"""Two actors and their own "who played" (or "who have played") clause, the parts paired in
order: each actor gets their part; a departure after makes both former, and a list followed by
"in" (another work's or an earlier series' parts) is not read (invented text)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_pairs, served_statuses

_LEDE = "Tidewater Road returns for its last series in the spring."


def test_a_pair_who_have_played_their_parts_gets_each_part() -> None:
    for sentence in (
        "Orla Fenwick and Dev Sandhu, who had played Maisie and Luke for four years, return.",
        "Orla Fenwick and Dev Sandhu, who have played Maisie Crane and Luke Pardoe since 2022, "
        "are back.",
    ):
        found = served_pairs(facts(_LEDE, sentence))
        assert any(p[0] == "Orla Fenwick" and p[1].startswith("Maisie") for p in found), sentence
        assert any(p[0] == "Dev Sandhu" and p[1].startswith("Luke") for p in found), sentence
        assert not any(p[0] == "Dev Sandhu" and p[1].startswith("Maisie") for p in found)


def test_a_pair_who_played_parts_and_left_is_former() -> None:
    found = facts(_LEDE, "Orla Fenwick and Dev Sandhu, who played Maisie and Luke, have left.")
    statuses = served_statuses(found)
    assert statuses.get(("Orla Fenwick", "Maisie")) is CastStatus.FORMER
    assert statuses.get(("Dev Sandhu", "Luke")) is CastStatus.FORMER


def test_parts_played_in_another_work_are_not_read() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Orla Fenwick and Dev Sandhu, who played Maisie and Luke in Harbour Lights, join the "
            "cast.",
        )
    )
    assert not any(p[1] in {"Maisie", "Luke"} for p in found)
