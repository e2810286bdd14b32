"""A bare surname shared by two people the article names is no credit for the later one: the
credit is held rather than given to the wrong namesake (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Ysolde Marrin on her first feature, Hollin Moss"
_LEDE = "Ysolde Marrin has spent the summer on a moor making her first feature, Hollin Moss."


def _writers(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE).crew
    return {c.name for c in found if c.served and c.role.value == "writer"}


def test_a_shared_surname_is_not_given_to_the_later_namesake() -> None:
    found = _writers(
        "Marrin wrote the script with her friend, the poet Cedric Olowe.",
        "Amos Marrin plays the landlord, Tom Pike.",
    )
    assert "Amos Marrin" not in found


def test_a_surname_of_one_person_still_resolves() -> None:
    found = _writers(
        "Ysolde Marrin met the crew in May.",
        "Marrin wrote the script with her friend, the poet Cedric Olowe.",
    )
    assert "Ysolde Marrin" in found
