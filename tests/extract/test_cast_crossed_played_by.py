"""A "played by" after a list's next item belongs to that item: "a first look at Ada Vale as
Mira Holt, Tom's flatmate, and at Jo Reyes, played by Kai Lund" casts Kai Lund as Jo Reyes,
never as Mira Holt; when the next item is no bare name, the casting is held."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_played_by_after_and_at_goes_to_the_next_item() -> None:
    found = facts(
        "The teaser for Copper Lane gives us a first look at Rolf Dahlberg as Emil Sandvik, "
        "the band's moody drummer, and at Lotte Brink, played by Sadie Oyelaran, who runs the "
        "record shop."
    )
    served = served_pairs(found)
    assert ("Sadie Oyelaran", "Emil Sandvik") not in served
    assert ("Sadie Oyelaran", "Lotte Brink") in served


def test_played_by_after_plus_goes_to_the_next_item() -> None:
    found = facts(
        "The new stills offer a first look at Marta Quill as Dora Penhale, a lighthouse keeper, "
        "plus Jory Tallack, played by Ewan Threlfall."
    )
    served = served_pairs(found)
    assert ("Ewan Threlfall", "Dora Penhale") not in served
    assert ("Ewan Threlfall", "Jory Tallack") in served
    assert ("Marta Quill", "Dora Penhale") in served


def test_played_by_after_a_described_next_item_is_held() -> None:
    found = facts(
        "New stills show Marta Quill as Dora Penhale, a lighthouse keeper, and Dora's brother, "
        "played by Ewan Threlfall."
    )
    assert ("Ewan Threlfall", "Dora Penhale") not in served_pairs(found)


def test_played_by_after_a_new_clause_is_no_casting_of_the_name_before() -> None:
    found = facts(
        "Corin Vale, who directed and co-wrote the film with Maud Ellery, overexplains every "
        "scene, and a subplot about a crooked landlord, played with relish by Otto Grange, "
        "goes nowhere."
    )
    assert ("Otto Grange", "Maud Ellery") not in served_pairs(found)


def test_played_by_after_and_the_is_no_casting_of_the_name_before() -> None:
    found = facts(
        "Director Ilse Maren, working with writer Nell Asher, makes the town vivid, and the "
        "mayor, played by Rudi Kern, is a delight."
    )
    assert ("Rudi Kern", "Nell Asher") not in served_pairs(found)


def test_a_name_apposed_before_played_by_is_the_part() -> None:
    found = facts(
        "Glass Tower's panel at the convention: live updates.",
        "BIG NEWS: Ivo Sorrell confirms a new villain for season 2, the headmistress of the "
        "rival Sable Institute, Petra Quillon, played by Dame Wenna Corrow.",
        "Mira, played by Dessa Fenner, returns too.",
        title="Glass Tower season 2 panel live",
    )
    assert ("Wenna Corrow", "Petra Quillon") in served_pairs(found)
    assert ("Wenna Corrow", "Sable Institute") not in served_pairs(found)
    assert ("Dessa Fenner", "Mira") in served_pairs(found)
