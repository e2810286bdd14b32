"""Cast facts named by an actor's possessive of a two-word name before "is" or "has", read as a
part when the article shortens that name to its first word (invented names and titles
throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_owned_name_the_article_shortens_is_a_part() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Drusk’s bookshop is the film’s best set.",
        "Wenlith Pellory’s Drusk Vask has about six lines in the film.",
    )
    assert ("Wenlith Pellory", "Drusk Vask") in served_pairs(found)


def test_a_first_name_paired_with_another_counts_as_shortened() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Wenlith Pellory’s Drusk Vask is seen unpacking boxes. Drusk and Nuala are apart.",
    )
    assert ("Wenlith Pellory", "Drusk Vask") in served_pairs(found)


def test_an_owned_name_never_shortened_is_still_held_back() -> None:
    found = facts(
        "Gullwether follows two sisters.",
        "Wenlith Pellory’s Drusk Vask is seen unpacking boxes.",
    )
    assert not served_pairs(found)


def test_a_first_word_of_the_articles_own_title_is_no_shortened_name() -> None:
    found = facts(
        "The Drusk Vask, a new drama, opens in June.",
        "Drusk’s makers are delighted. Wenlith Pellory’s Drusk Vask is a triumph.",
    )
    assert ("Wenlith Pellory", "Drusk Vask") not in served_pairs(found)
