"""A dashed list's order is not turned by a family's plural name ("the Vale and Holt
families" calls no part by its surname alone; invented names and titles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_plural_family_name_does_not_call_a_part_by_its_surname() -> None:
    found = facts(
        "Here is everything we know about Quillhaven Bay, the final chapter.",
        "Who is in the cast?",
        "Most of the familiar faces are back:\n- Orrin Task – Oswy Vennicombe\n"
        "- Pella Marsk – Ivo Vennicombe\n- Dunya Quarrendon – Lisbet Thwaitesby",
        "Oswy is at university; the Thwaitesby and Vennicombe families finally meet over lunch.",
        title="Quillhaven Bay: cast, plot and everything we know",
    )
    served = {(c.actor, c.character) for c in found.cast if c.served}
    assert ("Oswy Vennicombe", "Orrin Task") not in served
    assert ("Ivo Vennicombe", "Pella Marsk") not in served
    assert ("Lisbet Thwaitesby", "Dunya Quarrendon") not in served
