"""A window the writer only allows as possible ("so a summer slot isn't impossible") is held; a
possibility told of something else in the sentence leaves the window alone."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: everything we know"


def test_a_window_only_called_possible_is_held() -> None:
    for sentence in (
        "The first series landed on 2 June 2024, so a summer slot isn’t impossible either.",
        "A winter 2026 bow can’t be ruled out, though the streamer has said nothing.",
    ):
        found = release_kinds(sentence, date="2025-10-14", title=_TITLE)
        assert not any(kind == "window" for kind, _, _ in found), (sentence, found)


def test_a_possibility_about_something_else_keeps_the_window() -> None:
    found = release_kinds(
        "Copper Bay will arrive in spring 2026, so a second series isn’t impossible.",
        date="2025-10-14",
        title=_TITLE,
    )
    assert ("window", "2026-03/2026-05", False) in found
