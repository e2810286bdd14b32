"""Release in a piece whose headline speculates on the release date: the makers' own word on its
time ("The streamer has said only that the film will arrive in 2027") is news, served; a day the
writer guesses is still held. Invented text."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import facts

_TITLE = "Gorse Hollow Rising: cast, plot, release date speculation and everything we know"


def _release(*paragraphs: str) -> dict[tuple[ReleaseKind, str], bool]:
    found = facts(
        "Everything we know about the Lumen film so far.", *paragraphs,
        date="2026-06-02", title=_TITLE,
    )  # fmt: skip
    return {
        (r.kind, r.window or (r.date.isoformat() if r.date else "")): r.served
        for r in found.release
    }


def test_the_makers_window_said_only_is_served() -> None:
    release = _release("The streamer has said only that the film will arrive in 2027.")
    assert release.get((ReleaseKind.WINDOW, "2027")) is True


def test_a_day_the_writer_guesses_is_still_held() -> None:
    release = _release(
        "The streamer has said only that the film will arrive in 2027.",
        "Our guess is that it lands on Friday 12 February 2027.",
    )
    assert release.get((ReleaseKind.PREMIERE_DATE, "2027-02-12")) is not True
    assert release.get((ReleaseKind.WINDOW, "2027")) is True
