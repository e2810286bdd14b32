"""A copy of an author's book seen in a scene ("a copy of X's debut novel on a shelf") is a
prop, no author's credit on the work (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_copy_of_a_novel_on_a_shelf_is_no_authors_credit() -> None:
    found = facts(
        "Brackenfall opens in May, written by Wilma Thrushgate.",
        "Eagle-eyed viewers spotted a copy of Thrushgate's debut novel on a shelf.",
        title="Brackenfall gets a date",
    )
    assert credits(found) == {("writer", "Wilma Thrushgate")}
