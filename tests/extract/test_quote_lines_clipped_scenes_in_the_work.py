"""Quotes on invented text: a clip of an actor speaking to a part, placed in a season or in the
work, shows the part's line, not the actor's words; a clip of the actor talking to reporters at
an event stays a quote."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


def _served(*paras: str) -> dict[str, str]:
    found = facts(
        "Ada Vale plays Greta Rook in Marsh Lane, which returns to Channel 9 in May.",
        *paras,
        date="2026-03-02",
    )
    return {q.text: q.speaker for q in found.quotes if q.served}


@pytest.mark.parametrize(
    "para",
    [
        "A clip of Ada Vale telling Tom “Go home, love, it’s late” in season two did the rounds.",
        "A scene of Ada Vale saying “Go home, love, it’s late” from the first series went viral.",
    ],
)
def test_a_clipped_scene_in_the_work_is_no_quote(para: str) -> None:
    said = _served(para)
    assert not any(text.startswith("Go home, love") for text in said), said


def test_a_clip_of_the_actor_at_an_event_stays_hers() -> None:
    said = _served(
        "A clip of Ada Vale telling reporters “I cried on the last day” at the premiere went viral."
    )
    assert said.get("I cried on the last day") == "Ada Vale", said
