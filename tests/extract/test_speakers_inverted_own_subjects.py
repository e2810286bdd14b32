"""A pronoun inside the sentence of a subject named after its verb ("Nor would Ada Vale, though
she admitted she had “...”"): that subject, not an older one from the sentence before."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_pronoun_after_nor_would_name_stands_for_that_name() -> None:
    found = facts(
        "The Brisewood Lanes film had its first screening on Friday night, with Sabeline "
        "Feverel and Ilsabet Quennet in the room.",
        "“You cannot buy that,” director Tamsk Plumtree said at a reception. He would not say "
        "what “it” was. Nor would Ilsabet Quennet, who stars as Bran Tull opposite Sabeline "
        "Feverel’s Odo Pike, though he admitted he had watched “most of it from behind a "
        "cushion”.",
    )
    speakers = {q.speaker for q in found.quotes if q.served and q.text.startswith("most of")}
    assert speakers == {"Ilsabet Quennet"}
