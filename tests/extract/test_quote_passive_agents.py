"""Quotes and their speakers on invented text: words a passive clause gives to its agent
("is described by the studio as “...”") belong to the agent, never to the person described."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Lumenhall has confirmed the cast of Fernhill, starring Ada Vale. Tomasz Brandt directs."


def _credits(sentence: str) -> list[str]:
    found = facts(_LEDE, sentence, date="2026-03-02", title="Fernhill: what we know")
    return [q.speaker for q in found.quotes if q.text.startswith("the one")]


def test_words_described_by_an_agent_are_the_agents() -> None:
    for sentence in (
        "Lark, a Welsh exchange student on Ada's course, is described by Lumenhall as "
        "“the one person who sees Ada clearly”.",
        "Lark, a shy botanist, has been dubbed by director Tomasz Brandt as "
        "“the one person who sees Ada clearly”.",
    ):
        assert _credits(sentence) in (["Lumenhall"], ["Tomasz Brandt"]), sentence


def test_words_described_by_an_agent_never_go_to_the_described_person() -> None:
    for sentence in (
        "Mira Solberg's character, a shy botanist, is described by the producers as "
        "“the one person who sees Ada clearly”.",
        "Mira Solberg, a newcomer, was hailed by critics as “the one person who sees Ada clearly”.",
    ):
        assert "Mira Solberg" not in _credits(sentence), sentence
