"""Quotes and their speakers on invented text: words a person reposts or retweets a post with,
and a person's caption on a post, are that person's."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_words_a_person_reposts_a_post_with_are_theirs() -> None:
    for sentence in (
        "Ada Vale reposted it with “at least we are punctual”, a nod to the delays.",
        "Ada Vale retweeted the news with “at least we are punctual” and a clock emoji.",
    ):
        found = facts(
            "Lumenhall has moved the date of Fernhill, starring Ada Vale.",
            sentence,
            date="2026-03-02",
            title="Fernhill: what we know",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("at least")]
        assert said == ["Ada Vale"], said


def test_a_persons_caption_on_a_post_is_theirs() -> None:
    for sentence in (
        "Vale's caption on the teaser was simply: “See you in spring.”",
        "Vale's message under the clip read: “See you in spring.”",
    ):
        found = facts(
            "Writer Ada Vale has released a teaser for Tarn.",
            sentence,
            date="2026-03-02",
            title="Tarn: news",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("See you")]
        assert said == ["Ada Vale"], said
