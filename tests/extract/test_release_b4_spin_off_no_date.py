"""A "no date yet" said of a spin-off from a work ("the Osier Kites spin-off") is the spin-off's,
another work, even where the name before it is ours; said of the work itself it is ours."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Osier Kites, a six-part drama for Lumen, began filming in Leeds on Monday."


def _no_date_served(sentence: str) -> bool:
    found = facts(_LEDE, sentence, title="Osier Kites starts filming in Leeds")
    return any(r.kind is ReleaseKind.NOT_ANNOUNCED and r.served for r in found.release)


def test_no_date_for_a_spin_off_is_not_served() -> None:
    assert not _no_date_served("There is no date yet for the Osier Kites spin-off.")


def test_no_date_for_the_work_itself_is_served() -> None:
    assert _no_date_served("There is no date yet for Osier Kites.")
