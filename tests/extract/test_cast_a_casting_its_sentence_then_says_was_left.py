"""A casting whose own sentence then says the actor left ("X was announced as Mira, and then
she had to drop out") is former; one whose sentence goes on to someone else stays current."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

TITLE = "Quillhaven: Ada Vale on taking over the lead"
LEDE = "Quillhaven, Vela's new coastal thriller, begins filming in Margate this spring."


def test_announced_as_then_she_had_to_drop_out_is_former() -> None:
    found = facts(
        LEDE,
        "Bea Lund was announced as Mira Holt last year, and then she had to drop out because "
        "of a clash.",
        title=TITLE,
    )
    assert served_statuses(found).get(("Bea Lund", "Mira Holt")) is CastStatus.FORMER


def test_cast_as_but_he_later_withdrew_is_former() -> None:
    found = facts(
        LEDE,
        "Kai Moss was cast as Pip Carrow in May, but he later withdrew from the shoot.",
        title=TITLE,
    )
    assert served_statuses(found).get(("Kai Moss", "Pip Carrow")) is CastStatus.FORMER


def test_cast_as_and_then_she_flew_to_margate_stays_current() -> None:
    found = facts(
        LEDE,
        "Bea Lund was cast as Mira Holt last year, and then she flew to Margate to start work.",
        title=TITLE,
    )
    assert served_statuses(found).get(("Bea Lund", "Mira Holt")) is CastStatus.CURRENT
