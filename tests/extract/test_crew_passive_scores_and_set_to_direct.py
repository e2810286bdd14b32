"""A passive "scored by" after another credit's aside, and a film-maker "set to direct" who is
no title (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_scored_by_credits_only_the_name_after_it() -> None:
    found = facts(
        "Harbour of Glass opens in October.",
        "The drama was produced by Anouk Dekker, whose Utrecht outfit joined in 2022, and scored "
        "by the Lisbon composer Tiago Ramos, who recorded it in a church.",
    )
    assert ("composer", "Tiago Ramos") in credits(found)
    assert ("composer", "Anouk Dekker") not in credits(found)
    assert ("producer", "Anouk Dekker") in credits(found)


def test_scored_by_after_a_writers_relative_clause() -> None:
    found = facts(
        "Harbour of Glass opens in October.",
        "It was written by Femke Aalders, who spent a decade on it, and scored by Ruben Vos.",
    )
    assert ("composer", "Ruben Vos") in credits(found)
    assert ("composer", "Femke Aalders") not in credits(found)


def test_a_film_maker_set_to_helm_is_the_director_not_a_title() -> None:
    found = facts(
        "EXCLUSIVE: Apple's Lantern Bay movie has found its director, with Danish film-maker "
        "Ottilie Brandt set to helm the feature-length finale of the series.",
        "Brandt said she was thrilled to be joining.",
    )
    assert ("director", "Ottilie Brandt") in credits(found)


def test_someone_set_to_write_the_script_is_the_writer() -> None:
    found = facts(
        "The studio has found its writer for Lantern Bay, with Henrik Solberg set to write the "
        "screenplay.",
    )
    assert ("writer", "Henrik Solberg") in credits(found)
