"""The attribution patterns after a quotation, matched once for both of their readers."""

from __future__ import annotations

from bot.extract.attribution import POST_PATTERNS
from bot.extract.attribution_posts import post_matches


def test_each_pattern_is_matched_at_the_start_of_the_words_after_the_marks() -> None:
    post = ", said Ada Vale, the show's creator."
    expected = [pattern.match(post) for pattern in POST_PATTERNS]
    found = post_matches(post)
    assert [m.group() if m else None for m in found] == [m.group() if m else None for m in expected]
    assert any(m is not None for m in found)


def test_the_same_words_again_give_the_same_matches() -> None:
    post = ", she said."
    assert post_matches(post) is post_matches("".join([", she ", "said."]))
