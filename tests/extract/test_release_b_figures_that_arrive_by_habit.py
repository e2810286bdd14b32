"""A fan or chart page's "Those numbers usually arrive on Tuesday" says when viewing figures
come, not when the film does: the subject is the figures, the day theirs."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Fans of Quillmere have spent the weekend posting about the finale."


def test_figures_arriving_by_habit_date_nothing() -> None:
    for line in (
        "Those numbers usually arrive on Tuesday.",
        "The streaming figures normally land on Tuesday.",
        "Its ratings typically come on Tuesday.",
    ):
        found = release_kinds(
            _LEDE,
            "The streamer has not released viewing figures yet. " + line,
            date="2026-04-19",
            title="Quillmere fans react",
        )
        assert not any(kind == "premiere_date" for kind, _, _ in found), line


def test_the_film_arriving_is_still_read() -> None:
    found = release_kinds(
        _LEDE,
        "Quillmere arrives on Netflix on Tuesday 21 April.",
        date="2026-04-19",
        title="Quillmere fans react",
    )
    assert ("premiere_date", "2026-04-21", False) in found
