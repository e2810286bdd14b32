"""A place named between a passive credit's verb and its "by" ("is being edited in Leeds by X")
still credits X; "cast in T by X" (a title after "cast") credits no casting director (invented
articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Copper Gate to open the festival"
_LEDE = "The Copper Gate cast arrived in Sligo on Friday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_a_place_before_by_keeps_the_credit() -> None:
    assert ("Tobiah Fenwick", "editor") in _credits(
        "Copper Gate is being edited in Galway by Tobiah Fenwick."
    )
    assert ("Tobiah Fenwick", "cinematographer") in _credits(
        "Copper Gate was shot in Donegal by Tobiah Fenwick."
    )


def test_cast_in_a_title_by_is_no_casting_credit() -> None:
    found = _credits("Mirela Ostrowska was cast in Harrow Lane by Tobiah Fenwick in 2019.")
    assert ("Tobiah Fenwick", "casting_director") not in found
