"""A profile's word that its subject is filming another work now ("He is currently filming
‘Salt Meadow’, a crime drama. Shooting began in March.") dates that work's shoot, not ours. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lanterns star Tam Okafor on life after the finale"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-06-10", title=_TITLE)


_LEDE = "Tam Okafor has spent four years on Lanterns, which returns on 3 September 2026."


def test_a_quoted_work_filming_now_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Okafor is currently filming “Salt Meadow”, a crime drama from director Ines Paulsen, "
        "in which he plays a ferryman. Shooting began in Wales in March.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_bare_named_work_shot_now_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "These days he is shooting Gorse Hollow, a period drama for the BBC. Filming wraps "
        "in August.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_a_described_work_filmed_now_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "He is now busy filming the thriller ‘Black Sand’ in Iceland. Production began in January.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_filming_our_own_work_now_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Okafor is currently filming Lanterns in Leeds. Shooting began in March.",
    )
    assert ("filming_started", "2026-03", False) in kinds


def test_filming_in_a_place_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "The cast is currently filming in Leeds. Shooting began in March.",
    )
    assert ("filming_started", "2026-03", False) in kinds


def test_filming_a_characters_scenes_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Filming began in March in Leeds, where the production is filming Ada’s last term at "
        "school.",
    )
    assert ("filming_started", "2026-03", False) in kinds
