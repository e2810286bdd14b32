"""A round-up under name headings: the paragraph under a person's name opens on their trade
("The director shared ...", "The Lanterns creator, who wrote the film's screenplay, ...")."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_trade_under_a_name_heading_credits_the_heading() -> None:
    found = facts(
        "Filming on the Copper Gate film wrapped on Friday, and everyone posted.",
        "Ada Quist",
        "Quist, who plays Nell, shared a photo of her trailer.",
        "Henrik Osei-Blom",
        "The director posted a picture of the empty quay with a thank-you note.",
        "Mara Lindqvist",
        "The Copper Gate creator, who wrote the film's screenplay, shared a sketch of the harbour.",
        title="Copper Gate wraps: what the cast posted",
    )
    assert {
        ("director", "Henrik Osei-Blom"),
        ("creator", "Mara Lindqvist"),
        ("writer", "Mara Lindqvist"),
    } <= credits(found)
    found = facts(
        "The Salt Year team said goodbye to Porto this week.",
        "Bram Ostler",
        "The composer, back for a second film, shared the last cue he recorded.",
        "Ines Vale",
        "Vale posted a selfie from the ferry.",
        title="The Salt Year team says goodbye",
    )
    assert ("composer", "Bram Ostler") in credits(found)


def test_a_lone_name_line_or_another_works_trade_credits_nobody() -> None:
    found = facts(
        "The Salt Year team said goodbye to Porto this week.",
        "Bram Ostler",
        "The director of photography shared the last frame.",
        title="The Salt Year team says goodbye",
    )
    assert not {n for _, n in credits(found) if n == "Bram Ostler"}
    found = facts(
        "The Salt Year team said goodbye to Porto this week.",
        "Bram Ostler",
        "The Lumen director sent his love from Oslo.",
        "Ines Vale",
        "Vale posted a selfie from the ferry.",
        title="The Salt Year team says goodbye",
    )
    assert not {n for _, n in credits(found) if n == "Bram Ostler"}
