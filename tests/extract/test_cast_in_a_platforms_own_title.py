"""A casting "in Netflix's feature-length Marlow finale" or "in Apple's Marlow film" is in our
production (every capitalised word after the platform's name is our title's); "in Apple's
Tidewater" is still another work."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Netflix's Marlow movie adds Juno Carrow"


def test_a_part_in_the_platforms_described_title_is_ours() -> None:
    found = facts(
        "Juno Carrow, the Welsh actress who broke out in last year's Seaglass, has been cast as "
        "Edie Pellow in Netflix's feature-length Marlow finale, sources confirm.",
        "Marlow returns for one last outing next year.",
        title=_TITLE,
    )
    assert ("Juno Carrow", "Edie Pellow") in served_pairs(found)


def test_a_part_in_the_platforms_title_film_is_ours() -> None:
    found = facts(
        "Ravi Delacourt will play Tobin Ashe in Apple's Marlow film.",
        "Marlow shoots in Cornwall this spring.",
        title="Apple's Marlow film casts Ravi Delacourt",
    )
    assert ("Ravi Delacourt", "Tobin Ashe") in served_pairs(found)


def test_a_part_in_the_platforms_other_title_is_not_ours() -> None:
    found = facts(
        "Ravi Delacourt, who joins Marlow this spring, played Tobin Ashe in Apple's Tidewater.",
        "Marlow shoots in Cornwall this spring.",
        title="Marlow casts Ravi Delacourt",
    )
    assert ("Ravi Delacourt", "Tobin Ashe") not in served_pairs(found)
