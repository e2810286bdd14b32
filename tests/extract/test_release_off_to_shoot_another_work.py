"""A guest or profile subject leaving to shoot another work ("She is off to shoot Tin Harbour,
the Sky heist drama; filming starts in May.") dates that work's shoot, not ours. On invented
text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lanterns star Tam Okafor on life after the finale"
_LEDE = "Tam Okafor has spent four years on Lanterns, which returns on 3 September 2026."


def _shoots(*paragraphs: str) -> set[tuple[str, str, bool]]:
    kinds = release_kinds(_LEDE, *paragraphs, date="2026-03-10", title=_TITLE)
    return {kind for kind in kinds if kind[0].startswith("filming")}


def test_a_subject_off_to_shoot_another_work_keeps_its_shoot() -> None:
    assert not _shoots(
        "Okafor is off to shoot Tin Harbour, the Sky heist drama, where he plays a locksmith; "
        "filming starts in May."
    )
    assert not _shoots("She’s heading to Wales to film Gorse Hollow. Shooting begins in June.")
    assert not _shoots("He is leaving to shoot ‘Black Sand’ in Iceland; filming starts in April.")


def test_our_own_shoot_told_the_same_way_stays() -> None:
    assert _shoots("The cast are off to shoot Lanterns again, and filming starts in May.") == {
        ("filming_planned", "2026-05", False)
    }
