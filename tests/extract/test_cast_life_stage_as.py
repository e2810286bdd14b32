"""A time of life after "as" ("moved to Cornwall as a child, previously wrote ...") is no
casting: the capitalised words after it are a channel or a work, not a part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_as_a_child_then_a_clause_casts_no_one() -> None:
    first = facts(
        "Filming has begun in East Sussex on Saltmarsh, a new drama starring Idris Penhallow "
        "as a fisherman.",
        "The writer, Odile Brask, who was raised in Lyon and moved to Cornwall as a child, "
        "previously wrote the ITV Wales legal series The Quiet Bench.",
        title="Saltmarsh starts filming",
    )
    assert pairs(first) == set()
    second = facts(
        "Filming has begun on Saltmarsh.",
        "Its creator, Bryony Ashcombe-Lutz, went to Glasgow as a student, then directed the "
        "Channel Five comedy Quayside.",
        title="Saltmarsh starts filming",
    )
    assert pairs(second) == set()
