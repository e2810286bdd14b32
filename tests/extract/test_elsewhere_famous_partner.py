"""A profile's "it was Corwen, opposite Ysolde Brant's Harlan Quist, that made him famous": the
partner of the part that made the actor famous is that earlier work's cast, not the profiled
work's (:mod:`bot.extract.castopposite`)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_partner_of_a_famous_part_is_no_casting() -> None:
    found = facts(
        "Idris Vantage heads to the fens for Pellow Marsh.",
        "In Pellow Marsh, Vantage plays Delphine Ashcote's brother, Tobin.",
        "But it was Corwen, opposite Ysolde Brant's Harlan Quist, that made him famous.",
    )
    assert ("Ysolde Brant", "Harlan Quist") not in served_pairs(found)


def test_a_partner_in_the_profiled_work_is_still_served() -> None:
    found = facts(
        "Idris Vantage heads to the fens for Pellow Marsh.",
        "In Pellow Marsh, Vantage plays Corwen, opposite Ysolde Brant's Harlan Quist.",
    )
    assert ("Ysolde Brant", "Harlan Quist") in served_pairs(found)
