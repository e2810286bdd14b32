"""A bracketed list the cast leads ("a returning cast led by X (Part)") or joined to an
actor-first casting ("Y as Part, along with X (Part)") is cast news: the actor stands outside
the bracket, with no other word in the article about the names (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Exclusive: Quillmere recasts the lighthouse keeper's son"
_LEDE = "Netflix's Quillmere has changed one of its actors days before cameras roll."


def test_a_list_the_cast_leads_is_actor_first() -> None:
    sentence = (
        "He joins a returning cast led by Orlaith Penrose (Wenna Caddow) and Bastian Hulme"
        " (Tobias Arkle), alongside Mireille Onyango."
    )
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert {("Orlaith Penrose", "Wenna Caddow"), ("Bastian Hulme", "Tobias Arkle")} <= found
    assert not {a for a, _ in found} & {"Wenna Caddow", "Tobias Arkle"}


def test_a_list_after_an_actor_first_casting_is_actor_first() -> None:
    sentence = (
        "He joins returning stars Orlaith Penrose, who plays Wenna, and Bastian Hulme as"
        " Tobias Arkle, along with Mireille Onyango (Jessamy Trow) and Idris Faulconer"
        " (Piran Gale)."
    )
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert {("Mireille Onyango", "Jessamy Trow"), ("Idris Faulconer", "Piran Gale")} <= found
    assert not {a for a, _ in found} & {"Jessamy Trow", "Piran Gale"}


def test_story_prose_still_glosses_a_part_with_its_actor() -> None:
    sentence = "Wenna moves in next door to Jessamy Trow (Mireille Onyango) in the second act."
    found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
    assert ("Mireille Onyango", "Jessamy Trow") in found or not found
