"""Earlier runs' holders told in three more shapes: a rank with a count and no noun ("The first
three were directed by X and the fourth by Y"), a relative clause on a ranked run ("the second
season, which was directed by X and aired in 2020") and the show "which had been shot under
directors X and Y". Each is another instalment's credit when the article gives the post to
someone else; with no one else named, the credit stays."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Pellingham Road film starts shooting in Hastings"
LEDE = "Cameras started rolling on the Pellingham Road film in Hastings this week."


def test_counted_runs_and_a_gapped_later_run_are_dropped() -> None:
    found = facts(
        LEDE,
        "The film is directed by Mara Quell.",
        "Four series of Pellingham Road aired on Channel 4 between 2018 and 2023.",
        "The first three were directed by Dev Harlow and the fourth by Ines Corry.",
        title=TITLE,
    )
    assert ("director", "Mara Quell") in credits(found)
    assert ("director", "Dev Harlow") not in credits(found)
    assert ("director", "Ines Corry") not in credits(found)


def test_a_ranked_run_with_a_relative_credit_is_dropped() -> None:
    found = facts(
        LEDE,
        "Mara Quell directs the film.",
        "Fans spotted a set from the second season, which was directed by Dev Harlow and aired in"
        " 2020.",
        title=TITLE,
    )
    assert ("director", "Mara Quell") in credits(found)
    assert ("director", "Dev Harlow") not in credits(found)


def test_the_show_shot_under_earlier_directors_is_dropped() -> None:
    found = facts(
        LEDE,
        "The film is directed by Mara Quell.",
        "Quell wanted a warmer look than the series, which had been shot under directors Dev"
        " Harlow and Ines Corry.",
        title=TITLE,
    )
    assert ("director", "Mara Quell") in credits(found)
    assert ("director", "Dev Harlow") not in credits(found)
    assert ("director", "Ines Corry") not in credits(found)


def test_counted_runs_with_no_other_holder_keep_their_credit() -> None:
    found = facts(
        "Pellingham Road returns for a fourth series this spring.",
        "The first three were directed by Dev Harlow, who returns for the new run.",
        title="Pellingham Road series four date set",
    )
    assert ("director", "Dev Harlow") in credits(found)


def test_counted_episodes_are_no_earlier_runs() -> None:
    found = facts(
        LEDE,
        "The film is directed by Mara Quell.",
        "The first two episodes were directed by Dev Harlow.",
        title=TITLE,
    )
    assert ("director", "Dev Harlow") in credits(found)
