"""The production "is up for" / "is nominated for" a list of awards: each "best <craft> for
Name" in it credits that name, as in a sentence counting its nominations."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_the_film_is_up_for_best_crafts_for_names() -> None:
    for sentence in (
        "The gentle comedy, about a lighthouse cook and her estranged brother, is up for best "
        "film, best screenplay for Tobiah Quennell-Rusk and best score for Maren Oyelaran-Frisk.",
        "The film is nominated for best film and best screenplay for Tobiah Quennell-Rusk, as "
        "well as best score for Maren Oyelaran-Frisk.",
        "It is also shortlisted for best screenplay for Tobiah Quennell-Rusk and best original "
        "score for Maren Oyelaran-Frisk.",
    ):
        found = facts("The Kettle Beacon leads the Harbourside Awards field.", sentence)
        assert ("writer", "Tobiah Quennell-Rusk") in served_credits(found), sentence
        assert ("composer", "Maren Oyelaran-Frisk") in served_credits(found), sentence


def test_a_single_word_after_best_director_for_is_no_credit() -> None:
    found = facts(
        "Ysolde Brannigan-Vale’s The Kettle Beacon leads the Harbourside Awards field.",
        "The quiet drama is up for best film, best director for Brannigan-Vale and best "
        "cinematography for Anselm Korhonen-Day.",
    )
    assert ("director", "Brannigan-Vale") not in served_credits(found)
    assert ("cinematographer", "Anselm Korhonen-Day") in served_credits(found)


def test_another_film_up_for_awards_credits_nobody() -> None:
    found = facts(
        "The Kettle Beacon leads the Harbourside Awards field.",
        "Its rival, ‘Salt Orchard’, is up for best screenplay for Tobiah Quennell-Rusk.",
    )
    assert ("writer", "Tobiah Quennell-Rusk") not in served_credits(found)
