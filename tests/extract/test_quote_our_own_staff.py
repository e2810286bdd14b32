"""A publication's own staff ("our critic", "our reviewer") speaks unnamed: never the person the
sentences before named."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts

_BEFORE = "The film’s new arrivals include Ilona Szczepańska, who plays the hero’s rival Greta. "


def _speakers(sentence: str) -> list[tuple[str, SourceKind]]:
    found = facts("Fresh on streaming this weekend.", _BEFORE + sentence)
    return [(q.speaker, q.source) for q in found.quotes if q.served]


def test_our_critic_with_an_aside_is_unnamed() -> None:
    said = _speakers("Our critic, who saw it on Monday, called it “a weepie that earns its tears.”")
    assert all(source is not SourceKind.PERSON for _, source in said)


def test_our_critic_with_a_colon_is_unnamed() -> None:
    said = _speakers("Our critic said: “A weepie that earns its tears.”")
    assert said and all(source is SourceKind.UNNAMED for _, source in said)


def test_our_critic_plainly_is_unnamed() -> None:
    said = _speakers("Our critic called it “a weepie that earns its tears.”")
    assert said == [("critic", SourceKind.UNNAMED)]
