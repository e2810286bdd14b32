"""The word "streaming" before a work's noun ("a streaming series") names the work, not a
release: the other show's shoot this summer is no window of ours; invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _windows(sentence: str) -> set[str | None]:
    found = facts(sentence, date="2026-04-08", title="Hollin Bay finds a new lead")
    return {r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served}


def test_a_streaming_series_shooting_this_summer_gives_no_window() -> None:
    assert not _windows(
        "Tamsin Reay left Hollin Bay because a US streaming drama, which shoots in Georgia this"
        " summer, clashed with its schedule."
    )


def test_a_streaming_service_still_names_where_it_lands() -> None:
    windows = _windows("Hollin Bay is expected on Channel 4 and its streaming service in 2027.")
    assert {w for w in windows if w and w.startswith("2027")}


def test_streaming_as_the_verb_still_dates_the_release() -> None:
    assert _windows("Hollin Bay starts streaming on Netflix in June.") == {"2026-06"}
