"""A newsletter's numbered item headed by another work's name whose prose describes that work
instead of naming it ("2. Tarnwick is back" over "The Cornish-language drama returns ...") casts
and credits that work, not the article's; a bare "The series returns" keeps the casting
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "The Reelhouse: Copperfold gets a date, and a Cornish favourite returns"
_LEDE = "Good morning. Two things worth your time this week."
_FIRST = (
    "1. Copperfold finally has a date",
    "Vela has confirmed that Copperfold, the new drama from Ilse Marrow, arrives on 3 May."
    " Perry Oduya stars as Walt Brenner.",
)


def _page(heading: str, prose: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = facts(_LEDE, *_FIRST, heading, prose, "That's all for now.", title=_TITLE)
    return served_pairs(found), served_credits(found)


def test_an_item_describing_another_work_casts_that_work() -> None:
    for heading, prose in (
        (
            "2. Tarnwick is back",
            "The Cornish-language thriller returns to Channel 5 for a third run, with Dee Harrow"
            " again as DS Morwen Trask. Director Isadora Wyke promises it is 'colder'.",
        ),
        (
            "2. Pellingham Lane returns",
            "The BBC Two drama is back on Sunday with Dee Harrow as DS Morwen Trask. Director"
            " Isadora Wyke says the new run is bleaker.",
        ),
    ):
        parts, crew = _page(heading, prose)
        assert ("Dee Harrow", "DS Morwen Trask") not in parts, prose
        assert ("director", "Isadora Wyke") not in crew, prose
        assert ("Perry Oduya", "Walt Brenner") in parts, prose


def test_a_bare_description_is_no_other_work() -> None:
    parts, _crew = _page(
        "2. More casting news",
        "The series returns with a new face: Dee Harrow plays DS Morwen Trask, Walt's partner.",
    )
    assert ("Dee Harrow", "DS Morwen Trask") in parts
