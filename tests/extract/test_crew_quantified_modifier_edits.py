"""A capitalised word after a quantity word modifies the plural noun after it: "a thousand
Vidclip edits", "countless Snapgram edits", "hundreds of Loopr cuts" name fan videos, not an
editor (invented sentences and platforms); a name before a bare "edits" still credits its
editor."""

from __future__ import annotations

import pytest

from tests.extract.helpers import credits, facts

_TITLE = "Pendry Hollow review: slow, strange and lovely"
_LEDE = "Pendry Hollow is the surprise of the season."


@pytest.mark.parametrize(
    "sentence",
    [
        "That final dance will be set to music in a thousand Vidclip edits by Friday.",
        "The kiss scene is already one of countless Snapgram edits.",
        "The trailer has spawned hundreds of Loopr edits.",
        "Fans will make many Vidclip edits.",
        "Expect dozens of Snapgram edits of the rooftop chase.",
    ],
)
def test_a_word_after_a_quantity_before_edits_is_no_editor(sentence: str) -> None:
    found = facts(_LEDE, sentence, title=_TITLE)
    assert not {c for c in credits(found) if c[0] == "editor"}, sentence


def test_a_name_before_a_bare_edits_is_still_the_editor() -> None:
    found = facts(_LEDE, "Sorrel Dane directs, and Clem Ottery edits.", title=_TITLE)
    assert ("editor", "Clem Ottery") in credits(found)
