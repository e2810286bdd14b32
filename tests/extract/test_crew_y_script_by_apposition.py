"""A script's "by" with the writer's apposition after it ("from a script by X, the author of the
graphic novels", "The screenplay is by X, the creator of the show") credits X with the roles
the apposition names, as "Written by X, author of ..." does; an apposition naming another
title credits no author (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at The Quarry Bell"
_LEDE = "The Quarry Bell opens in cinemas in June."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_the_script_writers_apposition_credits() -> None:
    found = _credits(
        "Mirela Ostrowska directs from a script by Tobiah Fenwick, the author of the novels."
    )
    assert {("Tobiah Fenwick", "writer"), ("Tobiah Fenwick", "author")} <= found
    found = _credits("The screenplay is by Tobiah Fenwick, the author of the comic books.")
    assert ("Tobiah Fenwick", "author") in found


def test_an_apposition_on_another_title_is_no_author() -> None:
    found = _credits("The screenplay is by Tobiah Fenwick, the author of Harrow Lane.")
    assert ("Tobiah Fenwick", "author") not in found
