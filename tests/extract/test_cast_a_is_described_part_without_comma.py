"""A run of castings whose "is" names a part after its description with no comma, on invented
text: "X plays A, and Y is harbour pilot Dr B C" casts Y as the full name; a description of a
real job ("is executive producer B C") or a name with no "plays" before it is no casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Here is who is who in Lowmoor, Streamly's new coastal thriller."


def test_is_with_a_description_and_a_full_name_casts_the_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Jory Pascoe plays the ferryman, Ivo Laity, and Breton actress Wenna Trask is harbour"
            " pilot Dr Senara Pook.",
        )
    )
    assert ("Jory Pascoe", "Ivo Laity") in found, found
    assert ("Wenna Trask", "Dr Senara Pook") in found, found


def test_is_with_a_job_noun_is_no_casting() -> None:
    found = pairs(
        facts(
            _LEDE,
            "Jory Pascoe plays the ferryman, Ivo Laity, and Wenna Trask is executive producer"
            " Kitto Vear.",
        )
    )
    assert ("Wenna Trask", "Kitto Vear") not in found, found


def test_is_with_no_plays_before_is_no_casting() -> None:
    found = pairs(facts(_LEDE, "Wenna Trask is harbour pilot Senara Pook's oldest friend."))
    assert not any(actor == "Wenna Trask" for actor, _ in found), found
