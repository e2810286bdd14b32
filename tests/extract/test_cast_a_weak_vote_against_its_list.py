"""A dashed cast list whose order the actors' surnames settle, on invented text: one part's
first name speaking in a trailer's line is a weak vote, and it turns neither its own pair nor
the list against the stronger votes; alone, it still settles nothing."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Everything we know so far about Lowmoor, the Streamly film that closes the saga."
_LIST = (
    "Who is in it?\n"
    "- Tamsin Reddaway – Ivo Marchbank\n"
    "- Perran Voss – Jory Kellow\n"
    "- Hedda Quiller – Wenna Laity\n"
    "- Bryok Tallack – Senara Pook"
)


def test_a_speaking_part_does_not_turn_a_list_its_actors_settle() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            _LIST,
            "Reddaway told the official site the ending surprised her. Quiller added that the"
            " shoot was the happiest of her career.",
            "In the teaser, “We still have the summer,” Jory says over shots of the harbour.",
        )
    )
    assert ("Perran Voss", "Jory Kellow") in found, found
    assert ("Jory Kellow", "Perran Voss") not in found, found
    assert ("Bryok Tallack", "Senara Pook") in found, found


def test_a_speaking_part_alone_settles_no_list() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            _LIST,
            "In the teaser, “We still have the summer,” Jory says over shots of the harbour.",
        )
    )
    assert ("Jory Kellow", "Perran Voss") not in found, found
    assert ("Bryok Tallack", "Senara Pook") not in found, found
