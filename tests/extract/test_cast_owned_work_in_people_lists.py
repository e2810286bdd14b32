"""A work's possessive over a guest in a list of people: "Spotted: Tin Lane's Ada Vale and Tom
Reed in the crowd" names two guests by the show they are known for, not Ada Vale's part; a part
owned next to another actor's part ("Ada Vale's Mira Holt and Tom Reed's Gus", "Ada Vale's Mira
Holt and Tom Reed, as Gus,") stays a casting (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Orchard Hours premiere: all the arrivals"


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, title=_TITLE)
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_guest_known_by_another_show_in_the_crowd_is_no_casting() -> None:
    pairs = _pairs(
        "Orchard Hours premiered in Leicester Square on Tuesday night.",
        "Spotted: Salt Meadow's Livia Marchbank and Tobias Wrenfield in the crowd.",
    )
    assert not any(actor == "Salt Meadow" for actor, _ in pairs)
    assert ("Salt Meadow", "Livia Marchbank") not in pairs


def test_guests_listed_at_the_sentence_end_are_no_casting() -> None:
    pairs = _pairs(
        "Orchard Hours premiered in Leicester Square on Tuesday night.",
        "Among the guests were Brass Harbour's Dalia Okonjo-Fenn and Piers Alderwick.",
    )
    assert not any(actor == "Brass Harbour" for actor, _ in pairs)


def test_a_part_owned_beside_another_owned_part_stays() -> None:
    pairs = _pairs(
        "Orchard Hours premiered in Leicester Square on Tuesday night.",
        "In the film, Livia Marchbank's Ada Quill and Tobias Wrenfield's Gus are inseparable.",
    )
    assert ("Livia Marchbank", "Ada Quill") in pairs
