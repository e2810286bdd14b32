"""The work's full title, opening on the word the headline knows it by, as the subject of its
wrap told by a relative week ("Copperfold Rising finished filming this week"), dates the wrap
by that week's month, even after a long aside on the work; a name the article does not know
is another production's shoot. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_HEADLINE = "Copperfold cast say goodbye as the final chapter wraps"


def _wraps(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2025-11-14", title=_HEADLINE)
    return {str(r.window) for r in found.release if r.served and r.kind.value == "filming_wrapped"}


def test_full_title_of_ours_wrapped_this_week() -> None:
    assert _wraps(
        "Copperfold Rising finished filming this week, nine weeks after the first day in Leeds.",
        "The cast have been posting their goodbyes ever since.",
    ) == {"2025-11"}
    assert _wraps(
        "Copperfold Rising, the streamer's film that will close the long-running Copperfold story,"
        " finished shooting this week after a summer in Leeds.",
    ) == {"2025-11"}


def test_an_unknown_works_wrap_this_week_is_not_ours() -> None:
    assert (
        _wraps(
            "Marlstone Abbey finished filming this week, nine weeks after the first day in Leeds.",
        )
        == set()
    )
