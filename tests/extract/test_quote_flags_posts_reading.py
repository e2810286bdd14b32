"""Words a post or a message is said to read are the whole message, not a fragment; a sign's
words are its lettering, no one's quote at all (settled in round 190)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _fragments(*paragraphs: str) -> dict[str, bool]:
    return {q.text[:12]: q.fragment for q in facts(*paragraphs).quotes}


def test_a_post_reading_lower_case_words_is_whole() -> None:
    found = _fragments(
        "Saltmarsh Hollow is out today on Lumen.",
        "The Lumen Ireland account marked the moment with a post reading “we’re finally home”.",
    )
    assert found.get("we’re finall") is False


def test_a_sign_that_read_words_is_no_quote() -> None:
    found = _fragments(
        "Saltmarsh Hollow is out today on Lumen.",
        "Outside the cinema fans held a sign that read “we’re finally home” all afternoon.",
    )
    assert "we’re finall" not in found
