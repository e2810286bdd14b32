"""A bracket ending in a format's, version's or kind's noun ("the album Lumen Tide (Original
Soundtrack)", "the prize's Best Series (Limited Drama)") qualifies the name before it: no actor,
no part. A name in brackets beside a part is still a casting. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film reaches cinemas this week, the studio said on Monday."


def test_a_bracketed_format_is_no_actor() -> None:
    found = facts(
        _LEDE,
        "Its album, Lumen Tide (Original Soundtrack), is out on Friday.",
        "The film is also up for the Northern Screen Prize (Live Action) this spring.",
    )
    served = served_pairs(found)
    assert not any(
        actor in {"Original Soundtrack", "Live Action"} or part in {"Lumen Tide", "Prize"}
        for actor, part in served
    )


def test_a_bracketed_actor_beside_a_part_is_kept() -> None:
    found = facts(
        _LEDE,
        "The trailer opens on Tamsin Quell (Ysolde Carrick) walking along the harbour wall.",
    )
    assert ("Ysolde Carrick", "Tamsin Quell") in served_pairs(found)
