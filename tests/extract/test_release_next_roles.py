"""A profile's word on its subject's next role in another work ("She is set to star in ‘Salt
Road’, a western. Filming is due to begin in May.") dates that work's shoot, not ours. On
invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lanterns star Mara Quill on growing up on screen"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2025-10-14", title=_TITLE)


_LEDE = "Mara Quill has spent four years on Lanterns, which returns on 3 March 2026."


def test_a_next_role_in_a_quoted_work_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Next, Quill is set to star in ‘Salt Road’, a western from director Oren Daly. "
        "Filming is due to begin in May.",
    )
    assert ("filming_planned", "2026-05", False) not in kinds


def test_a_next_role_in_a_bare_named_work_keeps_its_shoot() -> None:
    kinds = _kinds(
        _LEDE,
        "Quill will next star in Harrow Point, a thriller for the BBC. Shooting is set to "
        "start in February.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)


def test_our_own_release_is_still_read() -> None:
    kinds = _kinds(_LEDE)
    assert ("premiere_date", "2026-03-03", False) in kinds
