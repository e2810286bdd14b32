"""A guide's description of a part in quotation marks, continuing "who ..." after the part and
its bracketed player, is no one's quote; a person praised with "who “...”" keeps the praiser's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def _held(found: dict[str, tuple[str, SourceKind, bool]], key: str) -> bool:
    return key not in found or not found[key][2]


def test_a_part_who_has_words_from_a_blurb() -> None:
    found = quote_readings(
        "Tonight on ITV1: Brackenmoor, 9pm.",
        "Nobody trusts the newcomer, least of all the vicar, Ada Moss (Jo Hart), who has "
        "“kept the village's secrets for thirty years and means to keep them”.",
    )
    assert _held(found, "kept the vil")


def test_a_part_who_is_words_in_straight_marks() -> None:
    found = quote_readings(
        "Pick of the day: Brackenmoor, BBC One, 8pm.",
        'Meanwhile Tom Pryor (Ben Asante), who is "one bad night away from losing the farm", '
        "makes a choice he will regret.",
    )
    assert _held(found, "one bad nigh")


def test_a_person_praised_who_words_stays_the_praisers() -> None:
    found = quote_readings(
        "Tom Vale directed Brackenmoor, which premieres on Friday.",
        "Vale thanked the cast by name, singling out designer Ana Reis, who “built a whole "
        "village out of rain and rope”.",
    )
    assert found["built a whol"][0] == "Tom Vale"
    assert found["built a whol"][2]


def test_an_attributed_quote_after_a_name_and_brackets_stays_the_speakers() -> None:
    found = quote_readings(
        "Brackenmoor premieres on Friday.",
        "The film was shot by Tom Vale (Top Award Winner), who has “never seen rain like it”, "
        "he told us.",
    )
    assert found["never seen r"] == ("Tom Vale", SourceKind.PERSON, True)
