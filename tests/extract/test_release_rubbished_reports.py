"""A report the sentence then knocks down ("Reports claimed ..., but a spokesperson dismissed
the rumour") states no window and no date. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: the latest"


def _timed(paragraph: str) -> set[tuple[str, str, bool]]:
    kinds = release_kinds(paragraph, date="2026-01-12", title=_TITLE)
    return {k for k in kinds if k[0] in {"window", "premiere_date"}}


def test_a_report_a_spokesperson_slapped_down_is_no_window() -> None:
    assert not _timed(
        "Reports claimed bosses had put the launch back to the autumn after poor previews - but "
        "a Wavecrest spokesperson slapped down the rumour, telling us it arrives as planned."
    )


def test_a_report_a_spokesperson_shot_down_is_no_window() -> None:
    assert not _timed(
        "Reports claimed the studio had delayed the release to the spring, but a spokesperson "
        "shot down the story."
    )


def test_a_rumour_the_studio_denied_on_a_day_is_no_date() -> None:
    assert not _timed(
        "Rumours suggested the studio had shifted the release to the summer, but Wavecrest "
        "denied the reports on Tuesday."
    )


def test_a_report_no_one_dismissed_keeps_its_window() -> None:
    assert _timed("Reports suggest Copper Bay will arrive in the autumn, sources say.")
