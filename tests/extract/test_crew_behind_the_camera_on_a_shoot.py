"""The absolute "with X behind the camera" names a director only after a clause of directing;
on a clause telling the shoot (its dates or places) it may be the director or the one at the
camera, so it is held back. Invented sentences in several outlets' phrasings."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_behind_the_camera_on_a_clause_of_the_shoot_is_no_director() -> None:
    for sentence in (
        "Shooting ran from 3 May to 20 June, largely in Hull, with Petra Lund behind the camera.",
        "Principal photography took ten weeks in Leeds, with Osei Brandt behind the camera.",
        "Cameras rolled across Norfolk last autumn with Dana Firth again behind the camera.",
    ):
        found = credits(facts("The film wrapped last week.", sentence))
        assert not any(role == "director" for role, _ in found), sentence


def test_behind_the_camera_after_a_clause_of_directing_is_a_director() -> None:
    found = facts(
        "The film wrapped last week.",
        "Mara Quist directs the first two, with Petra Lund behind the camera for the rest.",
    )
    assert ("director", "Petra Lund") in credits(found)
    found = facts(
        "The film wrapped last week.",
        "Tomas Reyes helms the opener, with Osei Brandt also behind the camera later on.",
    )
    assert ("director", "Osei Brandt") in credits(found)


def test_a_word_of_directing_that_is_no_verb_of_the_clause_names_no_director() -> None:
    for sentence in (
        "The director's cut runs long; filming ran in May with Wend Abbot behind the camera.",
        "Filming moved directly to Hull, with Wend Abbot behind the camera.",
        "Corra Lisk directed the pilot; the shoot moved to Hull with Wend Abbot behind the camera.",
        "A change of direction sent the shoot to Hull, with Wend Abbot behind the camera.",
    ):
        found = credits(facts("Quarrow Fen wrapped last week.", sentence))
        assert ("director", "Wend Abbot") not in found, sentence
