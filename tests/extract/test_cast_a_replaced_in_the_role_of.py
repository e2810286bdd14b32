""" "X has replaced Y in the role of Mira": the successor holds the part and the one replaced had
it, as with "replaced Y as Mira"; a replacement in a job ("in the role of director") is no
part at all."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "Tallow Point, a new drama about a lifeboat station, starts filming in May."


def _cast(text: str) -> dict[tuple[str, str], CastStatus]:
    return {(c.actor, c.character): c.status for c in facts(_LEDE, text).cast if c.served}


def test_replaced_in_the_role_of() -> None:
    found = _cast("Lena Moss has replaced Dev Arlott in the role of Hettie Vance, the cook.")
    assert found.get(("Lena Moss", "Hettie Vance")) is CastStatus.CURRENT
    assert found.get(("Dev Arlott", "Hettie Vance")) is CastStatus.FORMER


def test_replaced_in_the_role_of_a_job_is_no_part() -> None:
    found = _cast("Lena Moss has replaced Dev Arlott in the role of director.")
    assert not found
