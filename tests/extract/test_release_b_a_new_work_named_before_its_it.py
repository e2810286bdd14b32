"""A work newly brought in by its kind in one sentence ("with a new drama, Fenwater,") is what
the next sentence's "it" stands for, also when a speaker's "says it will launch" tells the
time: that time is not ours; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _windows(*paragraphs: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-02-04", title="Live: the Streamly 2026 slate")
    return {r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served}


def test_a_speakers_it_after_a_new_drama_is_that_dramas() -> None:
    windows = _windows(
        "Our own film, Harrowmere, arrives in spring.",
        "Next up, writer Oona Brack is here with a new drama, Fenwater, starring Lio Daverne."
        " Streamly says it will launch in the autumn.",
    )
    assert "2026-09/2026-11" not in windows


def test_a_speakers_it_with_no_other_work_before_is_still_read() -> None:
    windows = _windows(
        "Writer Oona Brack's Harrowmere closed the slate.",
        "Harrowmere is her first series. Streamly says it will launch in the autumn.",
    )
    assert "2026-09/2026-11" in windows
