"""A book's volume spelled out after the colon ("a copy of X: Volume One") is no subtitle of the
work, as "X: Volume 2" is not; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def test_a_spelled_volume_after_a_colon_is_no_title() -> None:
    found = facts(
        "The Wrenfold cast said goodbye at the film's premiere.",
        "Tilde Marrack, who wrote the screenplay, signs a fan’s copy of Wrenfold: Volume Two.",
        title="In pictures: the Wrenfold premiere",
    )
    assert not [r for r in found.release if r.kind is ReleaseKind.TITLE and r.served]
