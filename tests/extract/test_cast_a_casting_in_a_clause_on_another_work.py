"""A casting told in a clause hung on another named work ("Vela TV+'s Tin Lane, with X as Y";
"Oast Road, the Danish drama ..., in which X plays Y") is that work's, not ours: held back."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

CHART_TITLE = "Rain Hollow slips to second in the weekly top ten"
CHART_LEDE = "Rain Hollow, which launched on Streamly on 3 May, dropped one place to second."
OPINION_TITLE = "Rain Hollow ending: why the finale works"
OPINION_LEDE = "The final series of Rain Hollow lands on Streamly next week."


def test_an_owned_title_then_with_x_as_y_is_held() -> None:
    found = facts(
        CHART_LEDE,
        "Rain Hollow dropped one place to second, while Vela TV+'s Tin Lane, with Ada Penn as "
        "Nora Quill, held third.",
        title=CHART_TITLE,
    )
    assert ("Ada Penn", "Nora Quill") not in served_pairs(found)


def test_a_kind_in_apposition_then_in_which_x_plays_y_is_held() -> None:
    found = facts(
        OPINION_LEDE,
        "Compare it with Oast Road, the Danish drama that ended in 2021, in which Bea Lund "
        "plays Mira Holt, a farmer torn between two sons.",
        title=OPINION_TITLE,
    )
    assert ("Bea Lund", "Mira Holt") not in served_pairs(found)


def test_a_kind_in_apposition_on_our_own_title_stays_served() -> None:
    found = facts(
        OPINION_LEDE,
        "Think back to Rain Hollow, the coastal drama that began in 2021, in which Bea Lund "
        "plays Mira Holt, a farmer torn between two sons.",
        title=OPINION_TITLE,
    )
    assert ("Bea Lund", "Mira Holt") in served_pairs(found)


def test_with_x_as_y_after_a_director_stays_served() -> None:
    found = facts(
        OPINION_LEDE,
        "The final series is directed by Ada Vell, with Kai Moss as Pip Carrow.",
        title=OPINION_TITLE,
    )
    assert ("Kai Moss", "Pip Carrow") in served_pairs(found)


def test_our_films_main_clause_after_a_credit_stays_served() -> None:
    found = facts(
        CHART_LEDE,
        "Directed by Ada Vell, the film stars Tom Reel and Kay Lark, with Kai Moss returning as "
        "Pip Carrow.",
        title=CHART_TITLE,
    )
    assert ("Kai Moss", "Pip Carrow") in served_pairs(found)
