"""A film maker's answer setting another director's film against their own ("X's film is a
fable about two sisters; ours is about a town") names another work: no credit for X (invented
text)."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def served_crew_names(found: ArticleFacts) -> set[str]:
    return {c.name for c in found.crew if c.served}


def test_another_directors_film_set_against_ours_is_no_credit() -> None:
    found = facts(
        "Fenna Corrigan-Bole’s first feature, Ferrow Isle, opens in Irish cinemas on 14 November.",
        "There are comparisons with a certain island comedy.",
        "I get that a lot. Casimir Lowther’s film is a fable about two sisters on a rock; ours is "
        "about a girl and a landscape.",
        date="2025-10-02",
        title="Fenna Corrigan-Bole on Ferrow Isle",
    )
    assert "Casimir Lowther" not in served_crew_names(found)


def test_a_possessed_film_without_a_contrast_stays_a_credit() -> None:
    found = facts(
        "Casimir Lowther’s film is a fable about two sisters on a rock, and it is superb.",
        "Ferrow Isle opens in Irish cinemas on 14 November.",
        date="2025-10-02",
        title="Ferrow Isle review: a fable on a rock",
    )
    assert "Casimir Lowther" in served_crew_names(found)
