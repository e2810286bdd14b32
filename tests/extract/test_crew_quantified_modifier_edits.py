"""A capitalised word after a quantity word modifies the plural noun after it: "destined for a
thousand Vidclip edits", "one of countless Snapgram edits", "hundreds of Loopr cuts" name fan
videos, not an editor (invented sentences and platforms); a name before a bare "edits" still
credits its editor."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Orchard Hours review: a patient, aching drama"


def test_a_word_after_a_quantity_before_edits_is_no_editor() -> None:
    for sentence in (
        "Owen Brill’s piano score is, I suspect, destined for a thousand Vidclip edits.",
        "The kiss scene is already one of countless Snapgram edits.",
        "The trailer has spawned hundreds of Loopr edits.",
        "Fans will make many Vidclip edits.",
    ):
        found = facts("Orchard Hours is the best thing at the festival.", sentence, title=_TITLE)
        assert not {c for c in credits(found) if c[0] == "editor"}, sentence


def test_a_name_before_a_bare_edits_is_still_the_editor() -> None:
    found = facts(
        "Orchard Hours is the best thing at the festival.",
        "Pilar Ostend directs, and Morwenna Tate edits.",
        title=_TITLE,
    )
    assert ("editor", "Morwenna Tate") in credits(found)
