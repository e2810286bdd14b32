"""Words in marks that a forum rule puts in a title ("“...” in a title is a spoiler") are an
example wording, no one's quote; words someone is named to say "in a post" keep their speaker."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_words_put_in_a_title_by_a_rule_are_not_served() -> None:
    found = facts(
        "The moderators of the Brineholt subreddit have posted new rules for launch week.",
        "Keep titles vague. “The lighthouse keeper was lying” in a thread title counts as a"
        " spoiler and will be removed.",
    )
    assert not any(q.served and q.text.startswith("The lighthouse keeper") for q in found.quotes)


def test_words_said_in_a_post_keep_their_speaker() -> None:
    found = facts(
        "Brineholt topped the charts this week.",
        "Showrunner Pell Adeyemi-Ross called the reaction “a proper storm” in a post on Instagram.",
    )
    assert any(
        q.served and q.text == "a proper storm" and q.speaker == "Pell Adeyemi-Ross"
        for q in found.quotes
    )
