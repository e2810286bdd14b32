"""Credits told in the trade's everyday phrasing: a passive credit with a description between
"by" and the name, the short "DoP" after "is the", and "the director's chair" (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_passive_credit_through_the_series_role_is_the_writer() -> None:
    found = facts(
        "Harbour Lights is shooting in Cork.",
        "The film, written by the series creator Ines Varga and directed by Tom Reilly, wraps..",
    )
    assert ("writer", "Ines Varga") in credits(found)
    assert ("director", "Tom Reilly") in credits(found)


def test_passive_credit_through_a_musician_description_is_the_composer() -> None:
    found = facts(
        "Harbour Lights is shooting in Cork.",
        "Its score will be composed by Finnish musician Aino Lehtola, the producers said.",
    )
    assert ("composer", "Aino Lehtola") in credits(found)
    found = facts(
        "Harbour Lights is shooting in Cork.",
        "The music is composed by the Welsh musician Rhys Pugh.",
    )
    assert ("composer", "Rhys Pugh") in credits(found)


def test_is_the_dop_is_the_cinematographer() -> None:
    found = facts(
        "Harbour Lights is shooting in Cork.", "• Kasia Nowak is the DoP, back for a second run"
    )
    assert ("cinematographer", "Kasia Nowak") in credits(found)
    found = facts("Harbour Lights is shooting in Cork.", "Omar Haddad is the DP.")
    assert ("cinematographer", "Omar Haddad") in credits(found)


def test_adopted_is_no_dop() -> None:
    found = facts("Harbour Lights is shooting in Cork.", "Kasia Nowak adopted a dog on set.")
    assert ("cinematographer", "Kasia Nowak") not in credits(found)


def test_the_directors_chair_is_the_director() -> None:
    found = facts(
        "Harbour Lights is shooting in Cork.",
        "Ines Varga wrote the script, while Tom Reilly returns to the director's chair.",
    )
    assert ("director", "Tom Reilly") in credits(found)
    found = facts("Harbour Lights is shooting in Cork.", "Tom Reilly takes the director’s chair.")
    assert ("director", "Tom Reilly") in credits(found)


def test_the_directors_chair_of_another_work_is_no_credit() -> None:
    found = facts(
        "Harbour Lights is shooting in Cork.",
        "Tom Reilly takes the director's chair on Night Tide next year.",
    )
    assert ("director", "Tom Reilly") not in credits(found)
