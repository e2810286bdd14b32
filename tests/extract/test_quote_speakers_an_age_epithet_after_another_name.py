"""Quotes on invented text: "the 23-year-old wrote" in a paragraph that opens on someone else's
full name ("Dara Quillon posted ...") is not the person the article gave that age."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_an_epithet_in_another_persons_paragraph_is_not_the_aged_one() -> None:
    found = facts(
        "Filming on Skellmoor Quay has wrapped.",
        'Tavish Ostler, who plays Ketterick, posted first. "That is a wrap," he wrote.',
        "Tavish Ostler, 23, also thanked the crew.",
        "Dara Quillon posted a carousel of photos with Ivo Penwarne. "
        '"Tessaly, it has been an honour," the 23-year-old wrote. "See you soon."',
        date="2026-03-01",
        title="Skellmoor Quay wraps",
    )
    served = served_quotes(found)
    assert ("Tessaly, it ", "Tavish Ostler") not in served, served
    assert ("See you soon", "Tavish Ostler") not in served, served
