"""Quotes and their speakers on invented text: a fragment a person comments ("commenting “...”
under the post") or writes with an adverb before "that" ("writing simply that it was “...”")
is that person's."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_fragment_a_named_person_comments_or_writes_simply_is_theirs() -> None:
    for sentence in (
        "Ada Vale, who plays the mayor, was quick to reply, commenting “best news all year” "
        "under the post.",
        "Ada Vale, who plays the mayor, kept it short, writing simply that it was "
        "“best news all year”.",
    ):
        found = facts(
            "Brightwater has renewed Lowmoor for a third series.",
            sentence,
            date="2026-04-01",
            title="Lowmoor renewed",
        )
        said = [q.speaker for q in found.quotes if q.text.startswith("best news")]
        assert said == ["Ada Vale"], said
