"""An actor with an aside saying when the part was announced ("X, announced in April as Y,
is expected to join ..."; "X, confirmed last year as Y, arrives ...") plays that part; when the
sentence goes on to say the actor has left, the casting is a former one."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_pairs


def test_announced_in_a_month_as_a_described_part() -> None:
    found = facts(
        "Tidewater Hall begins filming in Yorkshire.",
        "Ingrid Solheim-Batt, announced in March as the vicar's daughter Rosalind Ebb, is "
        "due on set in October.",
    )
    assert ("Ingrid Solheim-Batt", "Rosalind Ebb") in served_pairs(found)


def test_confirmed_last_year_as_a_part() -> None:
    found = facts(
        "Tidewater Hall begins filming in Yorkshire.",
        "Desmond Achterberg, confirmed last year as Sergeant Wilf Kerrow, arrives next week.",
    )
    assert ("Desmond Achterberg", "Sergeant Wilf Kerrow") in served_pairs(found)


def test_announced_as_a_part_then_left_is_former() -> None:
    found = facts(
        "Tidewater Hall has a casting change.",
        "Desmond Achterberg, announced in June as Sergeant Wilf Kerrow, has since left the "
        "production.",
    )
    statuses = {c.status for c in found.cast if c.actor == "Desmond Achterberg"}
    assert CastStatus.CURRENT not in statuses
