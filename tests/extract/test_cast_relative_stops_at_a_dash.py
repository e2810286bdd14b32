"""A relative clause about an earlier holder ends at a dash: "– she replaced Lena Moss, who was
originally cast – and Kai Lund as Professor Bell" casts Kai Lund, not the earlier holder."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs, served_pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "New faces include Rhea Stone as Gus's flatmate Ivo Marsh – she replaced Lena Moss, who "
        "was originally cast – and Kai Lund as Mira's teacher, Professor Bell.",
        "Rhea Stone joins as Ivo Marsh — taking over from Lena Moss, who had to step away — "
        "and Kai Lund plays Professor Bell.",
    ],
)
def test_the_earlier_holder_gets_no_later_part(sentence: str) -> None:
    found = facts("Everything we know about Quill Lane.", sentence)
    assert ("Lena Moss", "Professor Bell") not in pairs(found)
    assert ("Kai Lund", "Professor Bell") in served_pairs(found)
