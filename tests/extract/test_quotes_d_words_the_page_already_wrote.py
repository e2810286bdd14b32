"""A few words in marks, credited to no one, that the page already wrote out of marks (a
reply's "“Six months” and still no trailer?" under a post that said "about six months"): an
echo, held; a few words no one wrote before are left as they were."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> list[str]:
    return [q.text for q in found.quotes if q.served]


def _held(found: ArticleFacts) -> list[str]:
    return [q.text for q in found.quotes if not q.served]


def _thread(reply: str) -> tuple[str, ...]:
    return (
        "Gull Wire has finished filming, the subreddit's moderators say.",
        "Filming on Gull Wire ended on Friday after about six months in Cornwall.",
        "Please keep release date rumours in the weekly thread.",
        "Top comment \u00b7 u/pier_watcher \u00b7 2h",
        reply,
    )


def test_words_the_post_wrote_are_an_echo() -> None:
    found = facts(*_thread("\u201cSix months\u201d and still no trailer?? I am suffering"))
    assert not any(text == "Six months" for text in _served(found))
    assert any(text == "Six months" for text in _held(found))


def test_words_never_written_before_are_not_an_echo() -> None:
    found = facts(*_thread("\u201cNine weeks\u201d and still no trailer?? I am suffering"))
    assert not any(text == "Nine weeks" for text in _held(found))
