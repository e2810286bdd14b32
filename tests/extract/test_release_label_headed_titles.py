"""Release: a newsletter's or a column's name heading a line ("Film Post: Gorse Hollow Rising
finally has a date") is a label, not the start of a title, when it heads other words too and the
words after it are used as a name alone. A title with a colon used the same way each time is
still the title. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _titles(*paragraphs: str, title: str) -> set[str | None]:
    found = facts(*paragraphs, date="2026-01-21", title=title)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


def test_a_newsletter_label_is_no_part_of_the_title() -> None:
    titles = _titles(
        "In today's Film Post: Gorse Hollow Rising finally has a date, and a quiz ends.",
        "Film Post | Wednesday 21 January 2026",
        "Lumen has pinned it down: Gorse Hollow Rising, the feature-length finale to the series,"
        " streams from Friday 17 April.",
        title="Film Post: Gorse Hollow sets its date",
    )
    assert not any(t and t.startswith(("Post:", "Film Post:")) for t in titles), titles


def test_a_subtitled_title_used_alike_each_time_is_served() -> None:
    titles = _titles(
        "In Lanterns: The Long Night, which opens on 9 May, Ada Vale returns.",
        "Lanterns: The Long Night is the second film in the cycle.",
        title="Lanterns: The Long Night gets its date",
    )
    assert titles == {"Lanterns: The Long Night"}
