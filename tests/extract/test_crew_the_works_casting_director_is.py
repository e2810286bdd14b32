"""A credit told with "is" after the work's own casting or producing post."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits

_LEDE = "Lark Hollow, the new Vela drama, wraps in May."


def test_the_films_casting_director_is_credits_the_name() -> None:
    found = facts(
        _LEDE, "The original score is by Ulla Brisk. The film's casting director is Osk Lamarr."
    )
    assert ("casting_director", "Osk Lamarr") in served_credits(found)


def test_the_series_producer_is_credits_the_name_but_not_a_company() -> None:
    assert ("producer", "Osk Lamarr") in served_credits(
        facts(_LEDE, "The series' producer is Osk Lamarr.")
    )
    credits = served_credits(facts(_LEDE, "The series' producer is Wren Slate Films."))
    assert not {name for role, name in credits if role == "producer"}
