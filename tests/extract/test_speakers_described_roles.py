"""A "she says" after a described role that is no one: a part's "the ..." description with its
own relative clause, and a role among others in a list of roles the subject has had."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text[:12]: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_parts_the_description_with_a_relative_clause_is_not_the_speaker() -> None:
    found = _speakers(
        "Ilsabet Quennet is the quiet star of Brisewood Lanes, the new Quarrel Pictures drama.",
        "Quennet plays Sabeline Feverel, the piano student who becomes Tamsk Plumtree’s first "
        "friend at college. “It was the easiest set I have known,” she says.",
    )
    assert found.get("It was the e") in {"Ilsabet Quennet", None}
    assert "the piano student" not in " ".join(found.values())


def test_a_role_among_others_in_a_list_is_not_the_speaker() -> None:
    found = _speakers(
        "Ilsabet Quennet has waited a long time for Brisewood Lanes.",
        "For most of her career Quennet has been the cousin, the neighbour, the nurse. "
        "“I was glad of the work,” she says.",
    )
    assert found.get("I was glad o") in {"Ilsabet Quennet", None}
    assert "the neighbour" not in found.values()
