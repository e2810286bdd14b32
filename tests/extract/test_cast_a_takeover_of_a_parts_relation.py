"""A takeover of "the role of Mira's flatmate after X exits": X is the leaver, never the part,
and the owner before the possessive is no part either; the part stays unnamed unless the article
names it (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Exclusive: Quillmere recasts Wenna's flatmate"
_LEDE = "Netflix's Quillmere has changed one of its actors days before cameras roll."
_TAKEOVER = (
    "Newcomer Orlaith Penrose takes over the role of Wenna's university flatmate after"
    " Tobias Arkle exits over a scheduling clash."
)
_WENNA = "Idris Faulconer plays Wenna Caddow."


def test_the_leaver_after_after_is_no_part() -> None:
    found = served_pairs(facts(_LEDE, _TAKEOVER, _WENNA, title=_TITLE))
    assert not {part for _, part in found} & {"Tobias Arkle", "Tobias"}


def test_the_owner_of_the_relation_is_no_part() -> None:
    found = served_pairs(facts(_LEDE, _TAKEOVER, _WENNA, title=_TITLE))
    assert ("Orlaith Penrose", "Wenna Caddow") not in found
    assert ("Idris Faulconer", "Wenna Caddow") in found


def test_the_named_part_is_still_given() -> None:
    named = "Penrose will play Jessamy Trow, the flatmate Wenna meets in the second act."
    found = served_pairs(facts(_LEDE, _TAKEOVER, named, _WENNA, title=_TITLE))
    assert ("Orlaith Penrose", "Jessamy Trow") in found
