"""A review names the editor by their edit ("X’s edit, at two hours, drags"); a fan's edit
"of" something, or a first name's, credits nobody."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_full_names_edit_credits_the_editor() -> None:
    for sentence in (
        "Marisol Quenby-Adair’s edit, at nearly two hours, sags in the middle.",
        "Marisol Quenby-Adair's brisk edit keeps the story moving.",
        "The pace never flags; Marisol Quenby-Adair’s nimble, patient edit sees to that.",
    ):
        found = facts("Review: The Salt Ledger is a quiet triumph.", sentence)
        assert ("editor", "Marisol Quenby-Adair") in served_credits(found)


def test_an_edit_of_something_or_a_first_names_edit_credits_nobody() -> None:
    for sentence in (
        "Marisol Quenby-Adair’s edit of the trailer went viral overnight.",
        "Marisol’s edit, posted on Sunday, has been shared thousands of times.",
    ):
        found = facts("Review: The Salt Ledger is a quiet triumph.", sentence)
        assert not any(role == "editor" for role, _ in served_credits(found))
