"""Two actors and two parts paired in order, A-X and B-Y: a relative clause between the names
and the verb keeps the pairing ("A and B, whose casting was announced in May, join as X and Y,
respectively"), and a part ending an earlier "plays" item is never the first actor of the pair
("C plays Z, and A and B reprise their roles as X and Y")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Gorsewick Lane: the sequel's cast"


def test_whose_clause_between_pair_and_respectively_parts() -> None:
    found = facts(
        "The sequel picks up a year later. Orla Fenwick and Dara Mulkeen, whose casting was "
        "announced in May, join the ensemble as Hester Quorne and Rufus Crane, respectively.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Orla Fenwick", "Hester Quorne") in served
    assert ("Dara Mulkeen", "Rufus Crane") in served
    assert ("Dara Mulkeen", "Hester Quorne") not in served


def test_who_clause_with_commas_inside_is_not_a_pair_breaker() -> None:
    found = facts(
        "Filming began in Leeds. Mina Okafor and Jules Barrow, who both trained at the same "
        "drama school, have been cast as Petra Lowe and Amos Reid, respectively.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Mina Okafor", "Petra Lowe") in served
    assert ("Jules Barrow", "Amos Reid") in served
    assert ("Jules Barrow", "Petra Lowe") not in served


def test_pair_after_a_plays_item_reprising_roles() -> None:
    found = facts(
        "The old gang is back. Selma Vries is back as Nell, Hugo Tarrant plays Benji, and "
        "Ansel Moorcroft and Pia Lindqvist reprise their roles as Rory and Greta.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Ansel Moorcroft", "Rory") in served
    assert ("Pia Lindqvist", "Greta") in served
    assert ("Ansel Moorcroft", "Greta") not in served
    assert not any(actor == "Benji" for actor, _ in served)


def test_pair_after_a_plays_item_returning_as() -> None:
    found = facts(
        "Everything we know so far. Rhian Cole plays Marta, and Oskar Vell and Tove Berg "
        "return as Freddie and Ines.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Oskar Vell", "Freddie") in served
    assert ("Tove Berg", "Ines") in served
    assert ("Oskar Vell", "Ines") not in served
