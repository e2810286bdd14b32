"""Lines of a work listed after a colon that names them ("lines from the trailer ...:") are the
work's lines, never a person's quotes; a maker quoted after such a sentence still is."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_lines_from_the_trailer_after_a_colon_are_held() -> None:
    found = facts(
        "The teaser for Tidewrack Hall landed on Tuesday.",
        "Three lines from the teaser that fans keep repeating: Wren's \u201cThe sea keeps what "
        "it takes\u201d, Osric's dry \u201cI have never once enjoyed a picnic\u201d, and the "
        "keeper asking Wren, \u201cWhy did you come back at all?\u201d",
    )
    assert served_quotes(found) == []


def test_best_lines_of_the_film_listed_are_held() -> None:
    found = facts(
        "Lantern Season opens in cinemas on 3 October.",
        "Our favourite lines from the new film so far: \u201cNobody sails after the bells\u201d "
        "and Pell's \u201cYou owe me a boat and an apology\u201d.",
    )
    assert served_quotes(found) == []


def test_the_trailers_lines_listed_are_held() -> None:
    found = facts(
        "The trailer for Copperfield Lane is out.",
        "The trailer's best lines: \u201cWe were never lost, just early\u201d and "
        "\u201cCount the doors again\u201d.",
    )
    assert served_quotes(found) == []


def test_a_maker_quoted_after_the_lines_is_still_served() -> None:
    found = facts(
        "The trailer for Copperfield Lane is out.",
        "Fans swapped lines from the trailer all day, and director Hana Vostrikova told us: "
        "\u201cWe cut it three times before it felt right.\u201d",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Hana Vostrikova"]


def test_a_scene_where_a_part_speaks_is_held() -> None:
    for line in (
        "There’s a scene where Marlo says, “You can keep the lighthouse, I’ll keep the key,” "
        "and I cry every time.",
        "My favourite is the scene in which Dessa tells her father: “We were never the "
        "lucky ones.”",
        "I loved shooting the scene where he asks Pell, “Did you ever plan to come home?”",
    ):
        found = facts(
            "Ivo Brannagh plays the ferryman in Tidewrack Hall.",
            "Q: Which moment stayed with you?",
            line,
        )
        assert served_quotes(found) == [], line


def test_a_person_remembered_in_a_scene_is_still_served() -> None:
    found = facts(
        "Ivo Brannagh plays the ferryman in Tidewrack Hall.",
        "After we wrapped the last scene, director Hana Vostrikova said: “That was the one we "
        "came for.”",
    )
    assert [speaker for _, speaker in served_quotes(found)] == ["Hana Vostrikova"]
