"""A who-clause that runs on past a comma into more of the person's own acts credits them even
where one act's object holds a capital after "the" ("who wrote the books, created the Sky
drama and now writes the film"); a new capitalised subject after the comma still takes the verb
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowmere: first look at the new film"
_LEDE = "The Harrowmere film opens in cinemas in May."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.role.value, c.name) for c in found if c.served}


def test_who_clause_past_a_branded_object() -> None:
    found = _credits(
        "Mirela Stanhope, who drew the comics, created the Sky drama and now writes the"
        " screenplay, has a clear idea of the ending."
    )
    assert ("writer", "Mirela Stanhope") in found


def test_new_subject_after_the_clause_keeps_its_verb() -> None:
    found = _credits("Mirela Stanhope, who drew the comics, Odran Pike directs.")
    assert ("director", "Mirela Stanhope") not in found
    assert ("director", "Odran Pike") in found
