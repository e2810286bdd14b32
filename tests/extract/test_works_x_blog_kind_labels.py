"""A live blog's paragraph that opens on a kind of work as its label ("Thriller next: X, with
...") turns to another show: the time it gives is that show's, not the page's own work's. A
paragraph about our own work keeps its time."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_LEDE = "Follow every announcement from the Vela TV showcase, including the date for Glimmerfen."
_HEADLINE = "Vela TV 2027 showcase: live updates as Glimmerfen gets its date"


def _windows(*paragraphs: str) -> set[str | None]:
    found = facts(_LEDE, *paragraphs, date="2027-01-20", title=_HEADLINE)
    return {r.window for r in found.release if r.kind is ReleaseKind.WINDOW and r.served}


def test_a_kind_labelled_paragraph_dates_another_show() -> None:
    windows = _windows(
        "Welcome to our coverage of the showcase at the Roundhouse.",
        "Glimmerfen, the fantasy series from Ada Penhallow, will land on 4 March.",
        "Sitcom next: Two Lamps Inn, with Oswin Tarrant as a hapless innkeeper, is coming in "
        "the autumn.",
    )
    assert "2027-09/2027-11" not in windows


def test_our_own_work_told_after_the_label_keeps_its_window() -> None:
    windows = _windows(
        "Welcome to our coverage of the showcase at the Roundhouse.",
        "Glimmerfen is coming in the autumn, the streamer says.",
    )
    assert "2027-09/2027-11" in windows
