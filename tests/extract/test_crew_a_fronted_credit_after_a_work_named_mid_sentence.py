"""A round-up item that names another work inside a sentence ("cast as X in Lowfen Lamp, Channel
9's crime drama", "was the Welsh thriller Coal Vale") and credits it in the next with the credit
put first and "it" ("Directed by Y, it starts filming in May") gives that work's crew, not the
article's; a next sentence about the lede's own work keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Weekly round-up: Orchard Hill starts filming"
_LEDE = "Cameras are rolling on Orchard Hill, the Vela drama due next year."


def _crew(*paragraphs: str) -> set[str]:
    return {c.name for c in facts(_LEDE, *paragraphs, title=_TITLE).crew if c.served}


def test_a_fronted_credit_after_another_work_named_inside_a_sentence_is_not_ours() -> None:
    for paragraph in (
        "Ruth Pennock has been cast as DS Moira Kell in Lowfen Lamp, Channel 9’s four-part crime"
        " drama. Directed by Tobias Crane, it starts filming in May.",
        "Top of the chart was the Welsh thriller Coal Vale, which took £2m. Directed by Tobias"
        " Crane and starring Ruth Pennock, it has become a hit.",
    ):
        assert "Tobias Crane" not in _crew("Filming began on Monday.", paragraph), paragraph


def test_a_fronted_credit_after_our_own_work_keeps_it() -> None:
    paragraph = (
        "Ruth Pennock has been cast as Moira Kell in Orchard Hill, Vela’s six-part drama."
        " Directed by Tobias Crane, it starts filming in May."
    )
    assert "Tobias Crane" in _crew("Filming began on Monday.", paragraph)
