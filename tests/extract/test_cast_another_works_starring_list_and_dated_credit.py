"""Another work named with its gloss or its year, then whom it starred, gives every casting of
that list to that work ("Tin Coracle, the 2019 drama starring X as A and Y as B"), and so does a
dated work with its maker's credit before "and starring" ("Tin Coracle (2019), directed by Z and
starring X as A"); the article's own film told the same way keeps its cast, and an undated work
with a credit is left alone (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "First look: Quarry Bells arrives in June"
_LEDE = "Quarry Bells, the Welsh mining drama, stars Ysolde Varrington as Carys Bowdler."


def _cast(*sentences: str) -> set[tuple[str, str]]:
    return {(c.actor, c.character) for c in facts(_LEDE, *sentences, title=_TITLE).cast if c.served}


def test_every_casting_in_another_works_starring_list_is_that_works() -> None:
    for sentence in (
        "Comparisons with Tin Coracle, the 2019 adaptation starring Bram Heller as Ossie and"
        " Wren Talley as Nadia, were always coming.",
        "Fans recalled Tin Coracle, a gentle comedy starring Bram Heller as Ossie, Wren Talley"
        " as Nadia and Cato Bright as Lou.",
    ):
        cast = _cast(sentence)
        assert ("Wren Talley", "Nadia") not in cast, sentence
        assert ("Bram Heller", "Ossie") not in cast, sentence


def test_a_dated_works_credit_then_starring_is_that_works() -> None:
    for sentence in (
        "The studio's last release, Tin Coracle (2022), directed by Odile Marsh and starring"
        " Wren Talley as Nadia, toured festivals.",
        "Tin Coracle (2018), written by Odile Marsh, and starring Wren Talley as Nadia, won"
        " a prize.",
    ):
        assert ("Wren Talley", "Nadia") not in _cast(sentence), sentence


def test_our_own_film_and_an_undated_credit_keep_their_cast() -> None:
    ours = (
        "Quarry Bells, the mining drama starring Ysolde Varrington as Carys Bowdler and Wren Talley"
        " as Nadia, opens in June."
    )
    assert ("Wren Talley", "Nadia") in _cast(ours)
    undated = "Quarry Bells, directed by Odile Marsh and starring Wren Talley as Nadia, opens soon."
    assert ("Wren Talley", "Nadia") in _cast(undated)


def test_another_work_that_had_an_actor_in_a_part_is_that_works() -> None:
    for sentence in (
        "Tin Coracle, lest we forget, had Wren Talley as Duchess Maud; Quarry Bells has Ysolde"
        " Varrington doing her best.",
        "Nobody asked for this. Tin Coracle had Wren Talley as Duchess Maud and it still flopped.",
    ):
        assert ("Wren Talley", "Duchess Maud") not in _cast(sentence), sentence


def test_our_own_work_that_had_an_actor_keeps_the_part() -> None:
    sentence = "Quarry Bells had Wren Talley as Nadia from the first table read."
    assert ("Wren Talley", "Nadia") in _cast(sentence)
