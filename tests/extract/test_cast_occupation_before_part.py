"""A casting "as <occupation> Y, who/whose ..." reads Y as the part: the relative clause after
it does not make Y a person of the article's own (the slot before Y is a part's)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_an_occupation_word_before_a_part_with_a_clause_after() -> None:
    first = facts(
        "The six-part series debuted on May 2. It stars Ada Vale as Sergeant Mira Holt and "
        "Tom Reed as harbourmaster Jory Penrose, whose family owns the quay.",
        title="Harbour Lights tops the chart",
    )
    assert ("Tom Reed", "Jory Penrose") in pairs(first)
    second = facts(
        "Bea Lund stars as fisherwoman Orla Tregenza, who has not left the island in forty years.",
        title="Gull Rock premieres",
    )
    assert pairs(second) == {("Bea Lund", "Orla Tregenza")}
