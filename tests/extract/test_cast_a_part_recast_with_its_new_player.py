"""A part "recast with" its new player ("has recast the role of Y, Z's friend, with newcomer X
stepping in") is X's; the leaver told next in a relative clause ("W, who was announced in the
part in June, has exited") had it and is former. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Wrenfold has recast a key role days before cameras roll."


def test_the_recast_part_goes_to_the_new_player_and_the_leaver_is_former() -> None:
    found = facts(
        _LEDE,
        "Netflix’s Wrenfold has recast the role of Jory Penwithin, Nell’s new roommate, with "
        "newcomer Tilde Marrack stepping in, sources tell us.",
        "Cassian Dorrow, who was announced in the part in June, has exited due to a clash.",
    )
    assert served_pairs(found) == {
        ("Tilde Marrack", "Jory Penwithin"),
        ("Cassian Dorrow", "Jory Penwithin"),
    }
    assert former_pairs(found) == {("Cassian Dorrow", "Jory Penwithin")}


def test_a_relative_clause_leaver_with_no_recast_before_gets_no_part() -> None:
    found = facts(
        _LEDE,
        "Tilde Marrack plays Jory Penwithin. The shoot begins in July in Kent.",
        "Cassian Dorrow, who was announced in the part in June, has exited due to a clash.",
    )
    assert served_pairs(found) == {("Tilde Marrack", "Jory Penwithin")}
