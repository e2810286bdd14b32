"""A person the article says is not part of its work holds no credit anywhere in it (a
correction repeating the withdrawn claim), and a second-unit director is no director of the
film (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Correction: Brackwater Rise director"


def _crew(*paras: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(*paras, title=_TITLE).crew if c.served}


def test_a_person_said_to_be_outside_the_film_keeps_no_credit() -> None:
    got = _crew(
        "An article on this site stated that Brackwater Rise was being directed by Orla"
        " Penhallow. That statement was wrong.",
        "The film is directed by Dacre Mossley. Orla Penhallow directed the first season of the"
        " series and is not involved in the film; Tamsin Vray, who directed the second, is also"
        " not part of the film's crew.",
    )
    assert ("Orla Penhallow", "director") not in got
    assert ("Tamsin Vray", "director") not in got
    assert ("Dacre Mossley", "director") in got


def test_a_second_unit_director_is_no_director() -> None:
    got = _crew(
        "Filming on Brackwater Rise, directed by Dacre Mossley, wrapped on Friday.",
        "Second-unit director Quillan Marsh posted a clip of the crew applauding the last shot.",
    )
    assert ("Quillan Marsh", "director") not in got
    assert ("Dacre Mossley", "director") in got
