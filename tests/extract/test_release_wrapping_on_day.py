"""A past shoot's clause, then its last day told by a participle ("..., wrapping on 29
August"): the day is the wrap, in the past, and it stands over the month the shoot's span
ends in. A shoot still under way is not read so. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Ferngate, the coastal drama from Harrowby Pictures, has a name and a first image."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2025-11-04", title="Ferngate gets a first look")


def test_a_participle_wrap_day_after_a_past_shoot() -> None:
    kinds = _kinds(
        "Filming on Ferngate took place in Devon between June and July, wrapping on July 25."
    )
    assert ("filming_wrapped", "2025-07-25", False) in kinds
    assert ("filming_wrapped", "2025-07", False) not in kinds
    assert ("filming_wrapped", "2025-09-02", False) in _kinds(
        "Shooting on Ferngate ran for nine weeks in Cornwall, wrapping up on 2 September."
    )


def test_a_shoot_under_way_is_no_wrap() -> None:
    kinds = _kinds("Filming on Ferngate is under way in Devon, wrapping on 20 December.")
    assert not any(kind == "filming_wrapped" for kind, _, _ in kinds)
