"""An awards piece's list of the production's nominations: a possessive craft is its owner's
alone ("X’s score and the cinematography of Y" makes X no cinematographer), "the
cinematography of Y" credits Y, and "best director for Z" among the production's own
nominations credits Z."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits


def test_a_possessive_craft_does_not_reach_past_and_to_the_next_craft() -> None:
    for sentence, wrong in (
        (
            "The film also picked up nods for Idris Quell-Maren’s score and the cinematography "
            "of Petra Lindqvist-Obi.",
            "cinematographer",
        ),
        (
            "It was praised for Idris Quell-Maren’s score and the editing of Petra Lindqvist-Obi.",
            "editor",
        ),
        (
            "Reviewers loved Idris Quell-Maren’s cinematography and the score of Petra "
            "Lindqvist-Obi.",
            "composer",
        ),
    ):
        found = facts("The Salt Ledger is the surprise of awards season.", sentence)
        assert (wrong, "Idris Quell-Maren") not in served_credits(found)


def test_the_craft_of_a_full_name_among_the_productions_nods_credits_that_name() -> None:
    for sentence, role in (
        (
            "The film also picked up nods for the cinematography of Petra Lindqvist-Obi, "
            "whose night scenes have been widely praised.",
            "cinematographer",
        ),
        (
            "It earned nods for best film, Idris Quell-Maren’s score and the editing of Petra "
            "Lindqvist-Obi.",
            "editor",
        ),
    ):
        found = facts("The Salt Ledger is the surprise of awards season.", sentence)
        assert (role, "Petra Lindqvist-Obi") in served_credits(found)


def test_best_director_for_a_name_among_the_productions_nominations() -> None:
    for sentence in (
        "This morning it picked up seven BAFTA nominations, including best film and best "
        "director for Oona Fairweather-Lisk.",
        "The film earned nominations for best film and best director for Oona Fairweather-Lisk.",
    ):
        found = facts("The Salt Ledger leads the BAFTA field.", sentence)
        assert ("director", "Oona Fairweather-Lisk") in served_credits(found)


def test_best_director_for_a_name_in_another_films_sentence_credits_nobody() -> None:
    found = facts(
        "The Salt Ledger leads the BAFTA field.",
        "Its rival, ‘Harbour Glass’, picked up six nominations, including best director for "
        "Oona Fairweather-Lisk.",
    )
    assert ("director", "Oona Fairweather-Lisk") not in served_credits(found)


def test_the_craft_of_a_name_outside_a_list_of_nods_credits_nobody() -> None:
    found = facts(
        "The Salt Ledger leads the BAFTA field.",
        "Its director grew up on the cinematography of Petra Lindqvist-Obi.",
    )
    assert ("cinematographer", "Petra Lindqvist-Obi") not in served_credits(found)
