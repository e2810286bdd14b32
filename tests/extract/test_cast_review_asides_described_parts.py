"""A reviewer's aside on the actor with the part described first, by a pronoun's relation or in
plain words: "X, as his tutor Dr Y, gets the best line", "X, as rugby captain Y, is ..."; "as
well as" opens no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Marrowgate review: a tender farewell"


def test_a_pronoun_owned_relation_before_the_part() -> None:
    found = facts(
        "Marisol Quenby-Tarrant, as his tutor Dr Pellow, gets the film's best line.", title=_TITLE
    )
    assert ("Marisol Quenby-Tarrant", "Dr Pellow") in served_pairs(found)


def test_plain_describing_words_before_the_part() -> None:
    found = facts(
        "Tobias Drummell-Oke, as rowing captain Fenwick, is stuck with the thinnest part.",
        title=_TITLE,
    )
    assert ("Tobias Drummell-Oke", "Fenwick") in served_pairs(found)


def test_as_well_as_names_a_co_star_not_a_part() -> None:
    found = facts(
        "Marisol Quenby-Tarrant, as well as Tobias Drummell-Oke, gets a scene to herself.",
        title=_TITLE,
    )
    assert not any(actor == "Marisol Quenby-Tarrant" for actor, _ in pairs(found))
