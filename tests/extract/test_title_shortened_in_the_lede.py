"""A profile's lede may shorten the production to its first word ("Ahead of the final X")
while the body names it whole with its kind ("X Forever, the Lumen film that ..."): the whole
name is the title. A first word only opening a sentence, or a lede that never names it, is no
such shortening."""

from __future__ import annotations

from tests.extract.helpers import served_titles

_BODY = (
    "He has just come from a sound session for Vexbury Forever, the Lumen film that ends the "
    "show that made him famous.",
    "Vexbury Forever lands on Lumen on 17 April.",
)


def _titles(lede: str) -> list[str]:
    return served_titles(
        lede, *_BODY, date="2026-03-25", title="Harlow Pendrick: ‘I was ready to let it go’"
    )


def test_the_lede_shortens_the_name() -> None:
    lede = "Ahead of the final Vexbury, Harlow Pendrick talks about growing up on screen."
    assert _titles(lede) == ["Vexbury Forever"]


def test_the_lede_never_names_it() -> None:
    lede = "Harlow Pendrick talks about growing up on screen and what comes next."
    assert _titles(lede) == []


def test_the_first_word_only_opens_a_sentence() -> None:
    lede = "Harlow Pendrick talks about growing up. Vexbury is where he was born."
    assert _titles(lede) == []
