"""A list after the cast's own noun and a colon ("the film reunites its much-loved ensemble:
A (P), B (Q) ...") puts each actor outside the bracket, even when the article writes another list
part-first; "its former cast:" settles nothing by itself."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = "Streamwell announced that Oxbow Reach: After Dark will premiere on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The film reunites the series’ much-loved ensemble: Tamsin Oduya (Ruby Vance), Piers "
        "Lomax (Ned Shaw) and Carys Dunmore (Isla Reed).",
        "Back for the finale is its whole cast: Tamsin Oduya (Ruby Vance), Piers Lomax (Ned "
        "Shaw) and Carys Dunmore (Isla Reed).",
        "The sequel brings back their original ensemble: Tamsin Oduya (Ruby Vance), Piers Lomax "
        "(Ned Shaw) and Carys Dunmore (Isla Reed).",
    ],
)
def test_an_ensemble_colon_list_is_actor_first(sentence: str) -> None:
    served = served_pairs(facts(_LEDE, sentence, title="Oxbow Reach film dated"))
    assert {
        ("Tamsin Oduya", "Ruby Vance"),
        ("Piers Lomax", "Ned Shaw"),
        ("Carys Dunmore", "Isla Reed"),
    } <= served


def test_a_former_cast_colon_settles_nothing() -> None:
    found = facts(
        _LEDE,
        "The film leaves out its former cast: Tamsin Oduya (Ruby Vance) and Piers Lomax (Ned "
        "Shaw).",
        title="Oxbow Reach film dated",
    )
    assert not served_pairs(found) & {("Tamsin Oduya", "Ruby Vance"), ("Piers Lomax", "Ned Shaw")}
    assert held_pairs(found)
