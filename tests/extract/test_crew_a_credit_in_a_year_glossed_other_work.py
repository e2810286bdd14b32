"""A credit in another work glossed "the <year> <kind>" is that work's, not the article's."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "BBC greenlights coastal thriller ‘Cold Harbour’"
LEDE = "The BBC has greenlit Cold Harbour, a thriller from director June Okafor."


def test_a_dated_adaptation_with_its_cast_then_its_director() -> None:
    found = facts(
        LEDE,
        "Comparisons with Rain Hollow, the 2021 adaptation starring Ada Penn and Tom Reel and "
        "directed by Ben Crale, are inevitable.",
        title=TITLE,
    )
    assert ("director", "Ben Crale") not in credits(found)
    assert ("director", "June Okafor") in credits(found)


def test_a_dated_film_shot_and_directed() -> None:
    found = facts(
        LEDE,
        "Fans of Pewter Year, the 2019 film shot in Cardiff and directed by Lu Ferro, will "
        "find much to like.",
        title=TITLE,
    )
    assert ("director", "Lu Ferro") not in credits(found)


def test_the_articles_own_title_glossed_by_its_year_keeps_its_director() -> None:
    found = facts(
        "The BBC has greenlit Cold Harbour, a thriller.",
        "Fans of Cold Harbour, the 2026 thriller starring Ada Penn and directed by June "
        "Okafor, will be pleased.",
        title=TITLE,
    )
    assert ("director", "June Okafor") in credits(found)
