""" "The film, titled X, ..." names the page's own work where it opens its paragraph, or where
the sentence before it in the paragraph is about the page's work; after a sentence on another
work ("Vale also has a horror film lined up. The film, titled X, ...") it is that work's."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts

_TITLE = "The Morning Reel: Wednesday 9 July"
_LEDE = "Today: the last Marrowby Tide film starts shooting, and the week's new trailers."


def _served_titles(found: ArticleFacts) -> set[str]:
    return {f.title or "" for f in found.release if f.kind is ReleaseKind.TITLE and f.served}


def test_a_titled_aside_after_a_sentence_on_ours_names_ours() -> None:
    found = facts(
        _LEDE,
        "Lumen's Marrowby Tide film began shooting on Monday in Devon. The feature — titled "
        "Marrowby Tide Forever, as the studio said in a post — closes the story for good.",
        title=_TITLE,
        date="2025-07-09",
    )
    assert "Marrowby Tide Forever" in _served_titles(found)


def test_a_titled_aside_after_a_sentence_on_another_work_is_not_ours() -> None:
    found = facts(
        _LEDE,
        "Lumen's Marrowby Tide film began shooting on Monday in Devon.",
        "Ada Vale also has the horror film Bracken Hollow lined up for next year. The film, "
        "titled Bracken Hollow Night, opens in June.",
        title=_TITLE,
        date="2025-07-09",
    )
    assert "Bracken Hollow Night" not in _served_titles(found)
