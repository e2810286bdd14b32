"""A person's job on another maker's next or first work: its times are that work's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Marsh Lane: Ada Vale on the last day of the shoot"


def test_a_job_on_another_makers_next_work_gives_no_shoot() -> None:
    for sentence in (
        "Vale is shooting Pia Moreno’s next feature this autumn.",
        "After that she is scoring Lund's first feature, which is expected to shoot next year.",
        "He has a small role in Tomas Berg’s next film, due out next spring.",
    ):
        found = release_kinds(sentence, date="2026-05-04", title=_TITLE)
        assert found == set(), sentence


def test_the_works_own_shoot_is_still_told() -> None:
    found = release_kinds(
        "Marsh Lane starts shooting next month in Hull.", date="2026-05-04", title=_TITLE
    )
    assert ("filming_planned", "2026-06", False) in found
