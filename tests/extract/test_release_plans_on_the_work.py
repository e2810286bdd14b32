"""A shoot's plan whose noun names the work it is on: "Filming on the drama (or the new run)
will begin in ..."."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay, the Harbourlight drama, has found its lead."


def test_a_plan_on_the_work_is_read() -> None:
    for text, when in (
        ("Filming on the drama will begin in April.", "2026-04"),
        ("Shooting on it will get under way in Whitby and Hull in May.", "2026-05"),
        ("Production on the new film will now start in Leeds in March.", "2026-03"),
        ("Filming on the new run will get under way in Leeds in June.", "2026-06"),
    ):
        kinds = release_kinds(_LEDE, text, date="2025-10-14")
        assert ("filming_planned", when, False) in kinds, text


def test_a_plan_on_another_work_is_not_ours() -> None:
    kinds = release_kinds(
        _LEDE, "Filming on her next film, Tidewater, will begin in April.", date="2025-10-14"
    )
    assert not any(k == "filming_planned" for k, _, _ in kinds)
