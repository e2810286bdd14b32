"""A Q&A's headline that gives its guest by role after the Q&A's own label ("Q&A: the film's
sound designer on ..."), with the introduction setting the guest beside that role ("Its sound
designer, X, ..."): the bare answers are the guest's. Another role in the introduction names no
guest."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_QA = (
    "How did you get the job?",
    "A phone call on a wet Tuesday. I had never worked on a feature before.",
    "What was the hardest cut?",
    "The storm. I lost a week to it and I would lose another.",
    "What comes next?",
    "A documentary about bees. I am not joking.",
)


def test_the_guest_set_beside_the_headlines_role_gives_the_answers() -> None:
    found = facts(
        "The editor of Greyhaven, Rosalind Achterberg-Nye, on cutting a storm.",
        "Greyhaven opens on Friday. Its editor, Rosalind Achterberg-Nye, cut two"
        " documentaries before it. We spoke about weather and patience.",
        *_QA,
        title="Q&A: Greyhaven’s editor on cutting the storm",
    )
    assert ("A phone call", "Rosalind Achterberg-Nye") in served_quotes(found), found.quotes
    assert ("The storm. I", "Rosalind Achterberg-Nye") in served_quotes(found)


def test_another_role_in_the_introduction_names_no_guest() -> None:
    found = facts(
        "The editor of Greyhaven on cutting a storm.",
        "Greyhaven opens on Friday. Its producer, Rosalind Achterberg-Nye, hired a"
        " newcomer to cut it. We spoke about weather and patience.",
        *_QA,
        title="Q&A: Greyhaven’s editor on cutting the storm",
    )
    assert not any(who == "Rosalind Achterberg-Nye" for _, who in served_quotes(found))
