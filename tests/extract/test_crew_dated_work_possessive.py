"""A role noun before a name that owns a dated work ("director X's 2017 comedy") names another
film's maker, not a credit on the article's production (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "What to watch this week: Lantern Bay and more"


def test_a_directors_dated_film_in_a_listing_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Director Tomas Reiko’s 2017 heist comedy about two bakers is still a delight.",
        title=_TITLE,
    )
    assert ("director", "Tomas Reiko") not in credits(found)


def test_a_producers_dated_film_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Producer Lena Ortiz's 2020 thriller returns to cinemas on Friday.",
        title=_TITLE,
    )
    assert ("producer", "Lena Ortiz") not in credits(found)


def test_a_director_without_a_dated_work_is_credited() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Director Ines Morrow says the shoot on Lantern Bay was long.",
        title=_TITLE,
    )
    assert ("director", "Ines Morrow") in credits(found)
