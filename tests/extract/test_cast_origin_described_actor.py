"""A casting told of an actor described by origin alone, opening the paragraph after the name:
"Ada Vale has joined the cast. / The Irish actor will play Y" (the name the sentence before
opens on, as with "The actor, who plays Y")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_TITLE = "Marrowgate casts Ysolde Brannagh-Petit as the new tutor"


def test_the_origin_described_actor_is_the_name_the_sentence_before_opens_on() -> None:
    found = facts(
        "Ysolde Brannagh-Petit has joined the cast of Marrowgate, the studio confirmed on Friday.",
        "The Irish actor will play Dr Morwenna Tice, the stern tutor who keeps watch over Oswin "
        "Carrow (Teodor Blakemore).",
        title=_TITLE,
    )
    assert ("Ysolde Brannagh-Petit", "Dr Morwenna Tice") in served_pairs(found)


def test_a_name_inside_the_sentence_before_is_not_the_one_described() -> None:
    found = facts(
        "The studio confirmed on Friday that Ysolde Brannagh-Petit has joined Marrowgate.",
        "The Irish actor will play Dr Morwenna Tice, the stern tutor.",
        title=_TITLE,
    )
    assert ("Ysolde Brannagh-Petit", "Dr Morwenna Tice") not in pairs(found)
