"""An aside on the actor that honours an earlier turn ("X, so memorable as Y in Lumen, plays Z";
"X, who won a Bafta for playing Y in Lumen, will star as Z") leaves the main clause's part to
the actor; a descriptor before the part stops at a clause's "although"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_memorable_earlier_turn_in_an_aside() -> None:
    found = facts(
        "Hollin Marsh review: a quiet triumph.",
        "Edda Marlowe, so memorable as the sly ferrywoman Corvina in Dunmore Reach, plays Nell "
        "Arden with a stillness that makes every flicker count.",
    )
    assert served_pairs(found) == {("Edda Marlowe", "Nell Arden")}


def test_an_award_for_an_earlier_turn_in_a_relative_clause() -> None:
    found = facts(
        "Hollin Marsh casts its lead.",
        "Edda Marlowe, who won a Bafta for playing Corvina in Dunmore Reach, will star as Nell "
        "Arden, a widowed customs officer.",
    )
    assert served_pairs(found) == {("Edda Marlowe", "Nell Arden")}


def test_playing_after_an_award_for_is_no_part_here() -> None:
    found = facts(
        "Hollin Marsh casts its lead.",
        "Edda Marlowe, who won a Bafta for playing Corvina in Dunmore Reach, joins the film.",
    )
    assert ("Edda Marlowe", "Corvina") not in served_pairs(found)


def test_a_descriptor_stops_at_although() -> None:
    found = facts(
        "Hollin Marsh: everything we know.",
        "Edda Marlowe returns as Nell’s mum, although Fenmoor Pictures hasn’t said how big her "
        "role is.",
    )
    assert not served_pairs(found)


def test_a_descriptor_with_a_comma_still_reaches_the_part() -> None:
    found = facts(
        "Hollin Marsh: everything we know.",
        "Edda Marlowe returns as Nell’s mum, Corvina, in the film.",
    )
    assert ("Edda Marlowe", "Corvina") in served_pairs(found)
