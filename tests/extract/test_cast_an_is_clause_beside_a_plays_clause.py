"""A cast roll that mixes its verbs ("A is Lord Tavistane, and B plays Ysmay") names a part
with the bare "is" clause too: it stands beside a "plays" clause. A lone "is" beside none is a
copula and names no part. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Brinsmoor at the festival: live updates from the panel"


def test_an_is_clause_before_a_plays_clause_is_a_casting() -> None:
    found = facts(
        _LEDE,
        "Cast intro time. Gethin Vowles is Lord Tavistane, and Bastian Quell plays Ysmay Crane.",
    )
    assert served_pairs(found) == {
        ("Gethin Vowles", "Lord Tavistane"),
        ("Bastian Quell", "Ysmay Crane"),
    }


def test_an_is_clause_after_a_plays_clause_is_a_casting() -> None:
    found = facts(_LEDE, "Bastian Quell plays Meriel Stroud, and Gethin Vowles is Tamsin Orrery.")
    assert ("Gethin Vowles", "Tamsin Orrery") in served_pairs(found)


def test_a_nationality_beside_a_plays_clause_is_no_part() -> None:
    found = facts(_LEDE, "Gethin Vowles is Welsh, and Bastian Quell plays Meriel Stroud.")
    assert served_pairs(found) == {("Bastian Quell", "Meriel Stroud")}
