"""A casting told with "with" inside a relative clause hung on another work ("Comparisons with
Tin Lane, which ended its own run with Ada Quell as Nell Drury, ...") is that work's; the same
clause on the article's own work, and a plain casting, stay (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look at The Orchard Letters"
_LEDE = "Vela's The Orchard Letters arrives in March."


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, sentence, title=_TITLE).cast
    return {(c.actor, c.character) for c in found if c.served}


def test_a_casting_in_another_works_which_clause_is_not_ours() -> None:
    for sentence in (
        "Talk of Tin Lane, which ended its own run with Ada Quell as Nell Drury, is fair.",
        "Fans of Salt Road, which closed its third series with Ada Quell as Nell Drury, smile.",
    ):
        assert ("Ada Quell", "Nell Drury") not in _cast(sentence), sentence


def test_the_same_clause_on_our_work_and_a_plain_casting_stay() -> None:
    ours = (
        "The Orchard Letters, which opens in March with Ada Quell as Nell Drury, was shot in Kent."
    )
    assert ("Ada Quell", "Nell Drury") in _cast(ours)
    assert ("Rin Soto", "Nell Drury") in _cast("Rin Soto plays Nell Drury.")
