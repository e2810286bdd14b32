"""A reply after "A asked whether B would ..." and a gesture ("She shrugged.") is B's: the one
asked about answers, so the pronoun that follows points to B, not to the asker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "At a fan convention in Leeds on Saturday, moderator Jun Oda chaired a panel with Ilse Moor, "
    "who plays the lighthouse keeper in Marrow Fen."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Oda asked whether Moor could see herself in the lamp room again. She shrugged. "
        "“Maybe. Ask me in ten years.”",
        "Jun Oda then asked if Moor would sign on for a fourth run. She grinned. “Maybe. Ask me "
        "in ten years.”",
    ],
)
def test_the_one_asked_about_answers_after_a_gesture(paragraph: str) -> None:
    found = served_quotes(facts(_LEDE, "“The storm scenes nearly broke us,” Moor said.", paragraph))
    assert ("Maybe. Ask m", "Ilse Moor") in found
    assert all(speaker != "Jun Oda" for _, speaker in found)
