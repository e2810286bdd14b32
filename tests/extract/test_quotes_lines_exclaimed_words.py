"""A single exclaimed word in its own marks after a quoted sentence ("... she wrote.
“June!!!”") is the speaker's next words, not a title or a scare word; so is a one-word question
(“Ready?”)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_exclaimed_month_after_a_post_is_the_poster_s() -> None:
    found = facts(
        "Dana Reel, who wrote the novels, posted the date of the Harbour Lights finale on Monday.",
        "“I have kept this quiet for months and nearly burst,” she wrote. “June!!!”",
    )
    assert served_quotes(found) == [("I have kept ", "Dana Reel"), ("June!!!", "Dana Reel")]


def test_an_exclaimed_word_after_a_said_line_is_the_speaker_s() -> None:
    found = facts(
        "Tomas Greel plays the ferryman in Copper Meadows.",
        "“We finally wrapped after ninety wet days,” Greel said. “Freedom!”",
    )
    assert served_quotes(found) == [("We finally w", "Tomas Greel"), ("Freedom!", "Tomas Greel")]


def test_an_exclaimed_title_inside_a_sentence_stays_a_title() -> None:
    found = facts(
        "Tomas Greel plays the ferryman in Copper Meadows.",
        "“It was a long shoot,” Greel said. He grew up on “Oliver!” and still sings it.",
    )
    assert served_quotes(found) == [("It was a lon", "Tomas Greel")]


def test_a_one_word_question_after_a_post_is_the_poster_s() -> None:
    found = facts(
        "Tomas Greel plays the ferryman in Copper Meadows.",
        "Greel shared the poster within the hour. “Six years of waiting and it’s nearly here,” "
        "he wrote. “Ready?”",
    )
    assert served_quotes(found) == [("Six years of", "Tomas Greel"), ("Ready?", "Tomas Greel")]


def test_a_one_word_question_after_a_single_word_colon_is_the_poster_s() -> None:
    found = facts(
        "Tomas Greel plays the ferryman in Copper Meadows.",
        "Greel, who rarely posts, shared the teaser with a single word: “soon?”",
    )
    assert [text for text, _ in served_quotes(found)] == ["soon?"]
