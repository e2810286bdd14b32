"""A corrections column: the earlier article's claim ("The article said that X plays Y") is no
casting, though the paragraph itself names no correction; and a part written there only as a
named part's kin ("cast as Orla's niece") is no casting of that part, though the part is named
in full elsewhere."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_HEAD = "A correction to our report on the drama Brackenholt, which misidentified its cast."


def _column(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(
        _HEAD,
        "An article published on 2 March contained errors, which have now been corrected.",
        *paragraphs,
        "We apologise for these errors.",
        date="2026-03-09",
        title="Correction: Brackenholt",
    )
    return served_pairs(found) | {("held", f"{a} as {c}") for a, c in held_pairs(found)}


def test_the_claim_the_article_made_is_not_served() -> None:
    found = _column(
        "The article said that Quorra Ardvane plays the ferryman's daughter, Orla Kestwick. In "
        "fact Ardvane plays Orla's aunt, Nessa Kestwick; Orla is played by Dain Pellowe.",
    )
    assert ("Quorra Ardvane", "Orla Kestwick") not in found
    assert ("Quorra Ardvane", "Nessa Kestwick") in found
    assert ("Dain Pellowe", "Orla Kestwick") in found


def test_a_part_written_as_a_named_part_s_kin_is_not_that_part() -> None:
    found = _column(
        "Quorra Ardvane plays Orla Kestwick. Pellowe had originally been cast as Orla’s niece, "
        "but the part was rewritten. Dain Pellowe plays Tansy Corvath.",
    )
    assert ("Dain Pellowe", "Orla Kestwick") not in found
    assert ("Quorra Ardvane", "Orla Kestwick") in found
