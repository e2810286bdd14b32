"""Episodes shared with the verb left out the second time, the first told with a finite verb
("A writes the first three episodes and B the rest"): both hold the post; a second name with
something other than episodes after it is no credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrow Bay: the new series"
_LEDE = "Harrow Bay arrives on BBC One in spring."


def _credits(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_finite_verb_then_the_rest() -> None:
    found = _credits("Tomos Ravel writes the first three episodes and Nell Okoro the rest.")
    assert {("Tomos Ravel", "writer"), ("Nell Okoro", "writer")} <= found
    found = _credits("Tomos Ravel directed the first two and Nell Okoro the final four.")
    assert {("Tomos Ravel", "director"), ("Nell Okoro", "director")} <= found


def test_the_rest_of_something_else_is_no_credit() -> None:
    found = _credits("Tomos Ravel directs the first three episodes and Nell Okoro the rest of it.")
    assert ("Nell Okoro", "director") not in found
