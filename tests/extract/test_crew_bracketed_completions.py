"""A first name completed by an editor's brackets, with the role: "Ines [Maartens, the
director] told us ..." credits Ines Maartens as director."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_bracketed_surname_and_role_credit_the_whole_name() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ned Farrow: Honestly, Ines [Maartens, the director] keeps the set calm.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("director", "Ines Maartens") in credits(found)
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Mae Lund: We had Tove [Rask, the film's composer] sending demos every morning.",
        title="Harrow Light heads to Rotterdam",
    )
    assert ("composer", "Tove Rask") in credits(found)


def test_a_bracketed_note_without_a_role_credits_nothing() -> None:
    found = facts(
        "Harrow Light premieres in Rotterdam next week.",
        "Ned Farrow: Ines [Maartens, her co-star] kept us laughing.",
        title="Harrow Light heads to Rotterdam",
    )
    assert "Ines Maartens" not in {n for _, n in credits(found)}
