"""A relative clause in brackets after the name ("Written by X (who created the show)", "X (who
also directs) plays the lead") hands its verb back to X, as ", who" does; a bracket naming
another title credits nothing (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Copper Gate to open the festival"
_LEDE = "The Copper Gate cast arrived in Sligo on Friday."


def _credits(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).crew
    return {(c.name, c.role.value) for c in found if c.served}


def test_a_bracketed_who_credits_the_name() -> None:
    assert ("Tobiah Fenwick", "creator") in _credits(
        "Written by Tobiah Fenwick (who created the show)"
    )
    assert ("Tobiah Fenwick", "director") in _credits(
        "Tobiah Fenwick (who also directs) plays the ferryman."
    )


def test_a_bracketed_who_on_another_title_credits_nothing() -> None:
    found = _credits("Tobiah Fenwick (who directed Harrow Lane) plays the ferryman.")
    assert ("Tobiah Fenwick", "director") not in found
