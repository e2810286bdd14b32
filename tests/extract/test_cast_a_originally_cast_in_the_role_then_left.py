"""An actor "originally cast in the role" who then left ("X was originally cast in the role but
left the project") held the part and lost it: former, in a correction notice too; one cast in
the role who did not leave is no leaver (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_TITLE = "Trailer: Sky's The Skerry Light"
_LEDE = "Sky has released the trailer for The Skerry Light, its new island thriller."


def _cast(*sentences: str) -> dict[tuple[str, str], CastStatus]:
    found = facts(_LEDE, *sentences, title=_TITLE, date="2026-08-20")
    return {(c.actor, c.character): c.status for c in found.cast if c.served}


def test_cast_in_the_role_then_left_is_former() -> None:
    cast = _cast(
        "Fionnula Brack plays Ishbel Munro, the keeper's daughter.",
        "Correction: An earlier version of this article said Ishbel Munro was played by Catriona"
        " Lamont. Catriona Lamont was originally cast in the role but left the project before"
        " filming; Fionnula Brack plays Ishbel.",
    )
    assert cast.get(("Catriona Lamont", "Ishbel Munro")) is CastStatus.FORMER
    assert cast.get(("Fionnula Brack", "Ishbel Munro")) is CastStatus.CURRENT


def test_cast_in_the_role_without_leaving_is_no_leaver() -> None:
    cast = _cast(
        "Fionnula Brack plays Ishbel Munro, the keeper's daughter. Brack was originally cast in"
        " the role and loved every minute of the shoot."
    )
    assert cast == {("Fionnula Brack", "Ishbel Munro"): CastStatus.CURRENT}


def test_the_part_in_the_leavers_own_aside_is_former() -> None:
    cast = _cast(
        "Fionnula Brack plays Ishbel Munro, the keeper's daughter.",
        "Catriona Lamont, originally announced for the part of Ishbel, left the production in"
        " March.",
    )
    assert cast.get(("Catriona Lamont", "Ishbel Munro")) is CastStatus.FORMER


def test_an_aside_without_leaving_makes_no_leaver() -> None:
    cast = _cast(
        "Fionnula Brack, originally announced for the part of Ishbel Munro, has been praised by"
        " the crew."
    )
    assert ("Fionnula Brack", "Ishbel Munro") not in {
        pair for pair, status in cast.items() if status is CastStatus.FORMER
    }
