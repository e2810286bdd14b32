"""A passive's second name described by a trade, and "Title, the Nth feature from filmmaker X"."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_second_name_described_by_a_trade_shares_the_passive_credit() -> None:
    found = facts(
        "Scripted by Odile Marchetti and poet Kemal Oduya, the comedy follows two cousins.",
        "The series is written by Hanne Stroud and the Scottish novelist Ewan Dalgarno.",
    )
    assert {
        ("writer", "Odile Marchetti"),
        ("writer", "Kemal Oduya"),
        ("writer", "Hanne Stroud"),
        ("writer", "Ewan Dalgarno"),
    } <= credits(found)


def test_a_crew_post_after_and_stays_that_posts_credit() -> None:
    found = facts("The film is directed by Hanne Stroud and cinematographer Ewan Dalgarno.")
    assert ("director", "Ewan Dalgarno") not in credits(found)


def test_the_nth_feature_from_a_filmmaker_credits_the_director() -> None:
    found = facts(
        "Mubi has bought “Harrow Lights,” the second feature from Danish filmmaker Signe Holt, "
        "ahead of its Berlin premiere.",
        title="Mubi buys ‘Harrow Lights’ ahead of Berlin",
    )
    assert ("director", "Signe Holt") in credits(found)
    found = facts(
        "Harrow Lights is the debut film from film-maker Tomas Brandt, and it opens in May.",
        title="‘Harrow Lights’ gets a May date",
    )
    assert ("director", "Tomas Brandt") in credits(found)


def test_another_titles_filmmaker_is_no_credit_for_ours() -> None:
    found = facts(
        "Mubi has bought Harrow Lights after its premiere.",
        "The deal follows Blue Hour, the second feature from filmmaker Signe Holt, in 2023.",
        title="Mubi buys ‘Harrow Lights’",
    )
    assert ("director", "Signe Holt") not in credits(found)


def test_a_named_piano_or_main_theme_credits_its_composer() -> None:
    found = facts(
        "Signe Holt directs. The teaser is silent but for Bram Nakamura's piano theme.",
        "Over the final shot swells Ines Farrow's main theme.",
    )
    assert {("composer", "Bram Nakamura"), ("composer", "Ines Farrow")} <= credits(found)


def test_a_parts_bare_theme_is_no_composer() -> None:
    found = facts("Signe Holt directs. Every time Mara Quill appears, Mara Quill's theme plays.")
    assert ("composer", "Mara Quill") not in credits(found)


def test_a_co_writer_beside_a_described_director_is_a_writer() -> None:
    found = facts(
        "Nothing is said aloud in this patient, wintry film, which the Oslo-born director "
        "co-wrote with the Danish novelist Kasper Ravn.",
        "It is a sly drama, which the filmmaker wrote with playwright Dalia Moreno.",
    )
    assert {("writer", "Kasper Ravn"), ("writer", "Dalia Moreno")} <= credits(found)


def test_a_described_directors_earlier_film_credits_nobody() -> None:
    found = facts(
        "Her previous film, which the director co-wrote with the novelist Kasper Ravn, "
        "won in Venice."
    )
    assert ("writer", "Kasper Ravn") not in credits(found)


def test_adapting_the_source_with_its_author_makes_the_author_a_writer() -> None:
    found = facts(
        "Signe Holt directs from a script by Bram Nakamura, who adapted the novels with the "
        "author Petra Vasko.",
        "Ines Farrow adapted her memoir for the screen with the Welsh playwright Owain Rhys.",
    )
    assert {("writer", "Petra Vasko"), ("writer", "Owain Rhys")} <= credits(found)


def test_the_nth_feature_after_a_bracketed_original_title_credits_the_director() -> None:
    found = facts(
        "Two leads will star in Salt Weavers (Die Salzweber), the second feature from "
        "Berlin-based filmmaker Fenna Drost, whose debut won a prize.",
        title="‘Salt Weavers’ locks its cast",
    )
    assert ("director", "Fenna Drost") in credits(found)
    found = facts(
        "Salt Weavers locks its cast.",
        "It follows Hollow Pier (Der Hohle Steg), the debut feature from filmmaker Fenna Drost.",
        title="‘Salt Weavers’ locks its cast",
    )
    assert ("director", "Fenna Drost") not in credits(found)
