"""An actor's earlier part in a work owned by a channel whose name ends in a number: "made his
debut in Channel 4's Ferry Lane as the young runaway Kit", "seen last year in Channel 5’s
Tollgate as Marnie". The owned name is that channel's work, never an actor playing the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Saltmarsh adds three to its cast"
_LEDE = "Filming on Saltmarsh began in Cornwall this week. Femi Okonjo-Reyes joins the cast."


def test_a_debut_in_a_numbered_channels_work() -> None:
    found = facts(
        _LEDE,
        "Okonjo-Reyes made his screen debut this year in Channel 4’s Ferry Lane as the young "
        "runaway Kit.",
        title=_TITLE,
    )
    assert not any(actor == "Ferry Lane" for actor, _ in pairs(found))


def test_a_part_seen_in_another_numbered_channels_work() -> None:
    found = facts(
        _LEDE,
        "Okonjo-Reyes was seen last year in Channel 5's Tollgate Road as Marnie's brother, Sol.",
        title=_TITLE,
    )
    assert not any(actor == "Tollgate Road" for actor, _ in pairs(found))


def test_a_lettered_channels_work_still_reads_as_elsewhere() -> None:
    found = facts(
        _LEDE,
        "Okonjo-Reyes made her debut in E4’s Copper Hills as Bea.",
        title=_TITLE,
    )
    assert not any(actor == "Copper Hills" for actor, _ in pairs(found))
