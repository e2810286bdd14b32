"""A part's first name speaking in footage the clause opens on ("In the teaser, Wren tells Cal
...") is the part's line, no sign that the name is a person's: the bracketed pairs keep the
part outside. A first name speaking at an event named after footage ("At the trailer launch,
Mara told reporters") is still a person's act."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

LEDE = "Streamly has released the first full trailer for the film, and fans are counting the days."


def test_a_part_speaking_in_the_teaser_is_no_actor() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "The trailer finds Wren Hollis (Mara Tesk) packing a van while Cal Pike (Joel Rand)"
            " sulks on the porch. In the teaser's last shot, Wren tells Cal, “I'll write every"
            " week,” before the title card.",
        )
    )
    assert ("Mara Tesk", "Wren Hollis") in found, found
    assert ("Wren Hollis", "Mara Tesk") not in found, found


def test_a_part_speaking_over_a_montage_is_no_actor() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "The trailer finds Wren Hollis (Mara Tesk) packing a van while Cal Pike (Joel Rand)"
            " sulks on the porch. Over a montage of the harbour at dusk, Wren says, “Nothing"
            " stays,” and the music drops.",
        )
    )
    assert ("Mara Tesk", "Wren Hollis") in found, found
    assert ("Wren Hollis", "Mara Tesk") not in found, found


def test_a_first_name_speaking_at_a_trailer_launch_is_a_person() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "The trailer finds Mara Tesk (Wren Hollis) packing a van while Joel Rand (Cal Pike)"
            " sulks on the porch. At the trailer launch, Mara told reporters the shoot was cold.",
        )
    )
    assert ("Mara Tesk", "Wren Hollis") in found, found
    assert ("Wren Hollis", "Mara Tesk") not in found, found


def test_a_first_name_posting_beneath_the_teaser_is_a_person() -> None:
    found = served_pairs(
        facts(
            LEDE,
            "The trailer finds Mara Tesk (Wren Hollis) packing a van while Joel Rand (Cal Pike)"
            " sulks on the porch. In a post beneath the teaser, Mara wrote that the shoot was"
            " cold.",
        )
    )
    assert ("Mara Tesk", "Wren Hollis") in found, found
