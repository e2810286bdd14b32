"""A part named with its player in brackets at a sentence's end ("the lead, Tom Ashby (Reuben
Vale).") is no clause's subject: a "he said" after it stands for the sentence's own subject."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_part_with_bracketed_player_is_not_the_pronoun() -> None:
    found = facts(
        "Actor Marek Nowicki was in Leeds for the premiere of Streamco's Paper Lanterns.",
        "Nowicki, known to audiences from the drama “Blue Harbour”, plays in the film Dr Piotr "
        "Lis, a teacher of the main hero, Tom Ashby (Reuben Vale). It is his first English role.",
        "“I was very scared at first,” he told the paper after the screening.",
    )
    assert served_quotes(found) == [("I was very s", "Marek Nowicki")]


def test_bracketed_player_after_a_described_part() -> None:
    found = facts(
        "Singer Ilona Brask makes her screen debut in Harbour Nights.",
        "Brask turns up late in the season as the neighbour of the heroine, Wren Calloway "
        "(Dana Ferro).",
        "“I had never acted before,” she said. “It was terrifying.”",
    )
    assert ("I had never ", "Ilona Brask") in served_quotes(found)
    assert all(speaker != "Wren Calloway" for _, speaker in served_quotes(found))
