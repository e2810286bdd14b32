"""The article's own title opening on "The" and told "expected on" a channel in a time is the
release hoped for, as a title without the article is; another work's title so told is not.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import served_releases


def _windows(text: str) -> set[tuple[str | None, bool]]:
    found = served_releases(
        "The Copper Men is a drama about a lifeboat crew.",
        text,
        date="2025-09-22",
        title="The Copper Men: the latest",
    )
    return {(r.window, r.hedged) for r in found if r.kind.value == "window"}


def test_our_title_with_its_article_expected_on_a_channel() -> None:
    text = "The Copper Men is expected on BBC One and iPlayer in autumn 2026."
    assert _windows(text) == {("2026-09/2026-11", True)}


def test_another_title_so_told_is_not_ours() -> None:
    text = "The Salt Wives is expected on Channel 4 in autumn 2026."
    assert _windows(text) == set()
