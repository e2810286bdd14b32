"""A scene partner set off by commas after "opposite" or "alongside" ("stars in Pellam Street,
opposite Perrin Vosk, as Wenna Skerry") does not play the part: the "as" is the subject's."""

from tests.extract.helpers import facts, pairs


def test_a_partner_set_off_by_commas_plays_no_part() -> None:
    found = facts(
        "Odile Farrant plays Sam Orrin's mother in Nettlecombe.",
        "Farrant also stars in this year's Pellam Street, opposite Perrin Vosk, as Wenna Skerry.",
        title="Nettlecombe: first look",
    )
    assert ("Perrin Vosk", "Wenna Skerry") not in pairs(found)
