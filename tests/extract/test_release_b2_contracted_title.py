"""A title told with the contraction "It's called X." names the article's own work where the
name ends its clause and the headline carries its words; a chat's or a song's name, a joke
("it's called X for a reason") or a wish ("if it's called X") names nothing; invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _titles(found: ArticleFacts) -> set[str]:
    return {r.title or "" for r in found.release if r.kind is ReleaseKind.TITLE and r.served}


def test_the_contraction_names_the_headlined_work() -> None:
    found = facts(
        "1. It’s called Wrenfold Harbour. Lumen showed the name at the end of a short teaser.",
        "2. It is a single feature, not a fourth series.",
        title="Wrenfold Harbour: five things the teaser told us",
    )
    assert "Wrenfold Harbour" in _titles(found)


def test_a_group_chat_named_in_an_answer_is_no_title() -> None:
    found = facts(
        "Wrenfold Harbour reunites the cast one last time.",
        "What do you keep from the shoot? The group chat. It's called Quayside Gremlins, and"
        " nobody has left it.",
        title="Wrenfold Harbour star on saying goodbye",
    )
    assert "Quayside Gremlins" not in _titles(found)


def test_a_joke_or_a_wish_on_the_name_is_no_title() -> None:
    found = facts(
        "Wrenfold Harbour closes the story, Lumen said.",
        "Asked about a sequel, the writer laughed. “It's called Harbour for a reason.”",
        "One fan wrote that if it's called Harbour, they would riot.",
        title="Wrenfold Harbour: what the writer told fans",
    )
    assert not _titles(found) & {"Harbour", "Harbour for"}
