"""Quotes after "the director interjected", and remarks by a steward or an usher at an event."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_the_director_interjecting_is_the_director_not_the_star_before() -> None:
    found = facts(
        "Writer-director Hana Olsrud premiered her film Tidewater on Friday.",
        "Asked about the role, star Pella Dunstrom laughed. “I can’t swim. I want that on record.”",
        "“She can,” the director interjected. “She just won’t admit it.”",
    )
    assert served_quotes(found) == [
        ("I can’t swim", "Pella Dunstrom"),
        ("She can", "Hana Olsrud"),
        ("She just won", "Hana Olsrud"),
    ]


def test_the_director_interjects_in_the_present() -> None:
    found = facts(
        "Director Osric Vandermeer brought his thriller Low Lanterns to the festival.",
        "“I never read the ending,” said its lead, Tamsin Arlowe.",
        "“She read it twice,” the director interjects.",
    )
    assert ("She read it ", "Osric Vandermeer") in served_quotes(found)


def test_a_steward_told_us_is_the_steward_not_the_star_named_before() -> None:
    found = facts(
        "Fans waited outside the Rialto for the premiere of Tidewater.",
        "Pella Dunstrom, who plays the lead, went straight to the fans. One steward told us, "
        "“She’s done this at every premiere I’ve worked.”",
    )
    assert served_quotes(found) == [("She’s done t", "One steward")]


def test_a_steward_tells_us_a_fragment() -> None:
    found = facts(
        "The crowd outside the Alder Hall grew all evening.",
        "Pella Dunstrom went straight to the fans. A steward tells us he has “never seen a crowd "
        "this calm”.",
    )
    assert served_quotes(found) == [("never seen a", "A steward")]


def test_an_usher_said() -> None:
    found = facts(
        "The screening of Low Lanterns ran long on Saturday.",
        "Tamsin Arlowe stayed for the whole Q&A. “She answered every question,” an usher said.",
    )
    assert served_quotes(found) == [("She answered", "an usher")]
