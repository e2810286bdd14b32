"""A friend of the star ("a pal of the actress said") speaks, unnamed; not the star the noun
points back to."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_a_pal_of_the_actor_speaks_not_the_actor() -> None:
    found = facts(
        "Filming for Harbour Lights took over Marrowby on Tuesday.",
        "Dev Marlow plays the captain. A pal of the actor said he was “thrilled to bits” to "
        "be back.",
    )
    assert [(q.served, q.source) for q in found.quotes] == [(True, SourceKind.UNNAMED)]
    found = facts(
        "Nell Ashby returns to Saltmarsh this spring.",
        "A close friend of the star told us: “She has not stopped smiling since the call.”",
    )
    assert [(q.served, q.source) for q in found.quotes] == [(True, SourceKind.UNNAMED)]


def test_the_actor_herself_still_speaks() -> None:
    found = facts(
        "Nell Ashby returns to Saltmarsh this spring.",
        "The actress said she was “thrilled to bits” to be back on the coast.",
    )
    assert [(q.served, q.speaker) for q in found.quotes] == [(True, "Nell Ashby")]
