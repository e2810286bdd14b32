"""A window only others claim, reported so as to dismiss it: a moderator's "Removed a bunch of
comments claiming there's a sequel coming in 2028. There is no sequel.", or "posts saying the
film lands in spring 2027 are fake". Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _windows(*paragraphs: str) -> set[str | None]:
    found = served_releases("Megathread: Paper Kites is out now.", *paragraphs, date="2026-06-20")
    return {r.window for r in found if r.kind.value == "window"}


def test_a_window_others_claim_is_not_served() -> None:
    for text in (
        "EDIT: Removed a bunch of comments claiming there's a sequel coming in 2028. There is no"
        " sequel.",
        "Mod note: we are deleting posts saying a second film arrives in spring 2027.",
        "Please stop sharing the TikToks claiming that a follow-up lands next year.",
    ):
        assert _windows(text) == set(), text


def test_the_makers_own_window_still_counts() -> None:
    assert _windows("The studio said a sequel is coming in 2028.") == {"2028"}
