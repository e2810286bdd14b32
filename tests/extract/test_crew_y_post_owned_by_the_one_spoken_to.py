"""A post owned by "your" or "our" in an interview on the work ("Your composer is X", asked of
its maker): the work's credit, as "the show’s composer is X" is, with the holder's company
allowed after the name ("our producer is X at Y Films"); only opening a sentence, and never a
post a magazine or a fan site holds of its own ("our editor")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

LEDE = "Brackwater Lane, a six-part thriller, starts on ITV next month."


def test_your_post_in_a_question_is_credited() -> None:
    found = facts(
        LEDE,
        "Your composer is Dev Harlow, who built the score from brass bands.",
        title="Mara Quell on Brackwater Lane",
    )
    assert ("composer", "Dev Harlow") in credits(found)


def test_the_shows_post_still_credited() -> None:
    found = facts(
        LEDE,
        "The show's composer is Dev Harlow, who built the score from brass bands.",
        title="Mara Quell on Brackwater Lane",
    )
    assert ("composer", "Dev Harlow") in credits(found)


def test_our_post_with_the_holders_company_is_credited() -> None:
    found = facts(
        LEDE,
        "Who is producing? Our producer is Ines Corry at Tarnbeck Pictures.",
        title="Mara Quell on Brackwater Lane",
    )
    assert ("producer", "Ines Corry") in credits(found)


def test_our_editor_is_no_credit_of_the_work() -> None:
    found = facts(
        LEDE,
        "Our editor is Tobin Ashcroft, who watched all six episodes early.",
        title="Mara Quell on Brackwater Lane",
    )
    assert ("editor", "Tobin Ashcroft") not in credits(found)


def test_our_post_inside_a_sentence_is_left_alone() -> None:
    found = facts(
        LEDE,
        "We spoke to the crew, and our producer is Ines Corry, who hosts the podcast.",
        title="Mara Quell on Brackwater Lane",
    )
    assert ("producer", "Ines Corry") not in credits(found)
