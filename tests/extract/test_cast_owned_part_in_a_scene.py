"""A part named by its actor's possessive and then doing something in a scene."""

from tests.extract.helpers import facts, served_pairs


def test_a_possessive_part_followed_by_a_participle_is_a_casting() -> None:
    for sentence, pair in (
        (
            "The best shot is of Marla Quince’s Ivy Stroud waving the car off.",
            ("Marla Quince", "Ivy Stroud"),
        ),
        (
            "The teaser ends with Marla Quince’s Ivy Stroud asking her brother, “Ready?”",
            ("Marla Quince", "Ivy Stroud"),
        ),
        (
            "Fans spotted a clip of Dorian Fell’s Kit dancing at a leavers’ party.",
            ("Dorian Fell", "Kit"),
        ),
    ):
        assert pair in served_pairs(facts(sentence, "The film opens in May.")), sentence


def test_a_possessive_work_doing_what_a_work_does_is_no_casting() -> None:
    for sentence in (
        "Critics loved Marla Quince’s Lumen heading to Cannes this spring.",
        "Next week sees Marla Quince’s Saltmarsh Nights premiering in Berlin.",
        "Dorian Fell’s Harbour Song playing at the Barbican was a highlight.",
    ):
        assert not served_pairs(facts(sentence, "The festival runs for ten days.")), sentence
