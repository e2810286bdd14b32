"""A newsletter's own staff in its masthead or sign-off: "Frame Notes is written by A and edited
by B" (each job with its own "by") and a masthead line's bare "Edited by B." beside the
publication's name and date; neither credits the film (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_written_by_one_and_edited_by_another_is_the_newsletter_staff() -> None:
    found = facts(
        "Frame Notes – Friday 3 April: Tide Country gets a date",
        "Tide Country is directed by Ines Maro and opens in June.",
        "Frame Notes is written by Pell Harker and edited by Rosa Gant.",
    )
    assert ("writer", "Pell Harker") not in credits(found)
    assert ("editor", "Rosa Gant") not in credits(found)
    assert ("director", "Ines Maro") in credits(found)


def test_produced_by_one_and_edited_by_another_in_a_named_newsletter() -> None:
    found = facts(
        "Tide Country is directed by Ines Maro and opens in June.",
        "Our newsletter is produced by Pell Harker and edited by Rosa Gant.",
    )
    assert ("producer", "Pell Harker") not in credits(found)
    assert ("editor", "Rosa Gant") not in credits(found)


def test_bare_edited_by_in_the_masthead_line() -> None:
    found = facts(
        "FRAME NOTES | Monday 6 April 2026 | The week in screens. Edited by Rosa Gant.",
        "Tide Country is directed by Ines Maro and opens in June.",
    )
    assert ("editor", "Rosa Gant") not in credits(found)
    assert ("director", "Ines Maro") in credits(found)


def test_the_films_own_credit_line_still_credits() -> None:
    found = facts(
        "Tide Country opens in June.",
        "The film is written by Pell Harker and edited by Rosa Gant.",
    )
    assert ("writer", "Pell Harker") in credits(found)
    assert ("editor", "Rosa Gant") in credits(found)


def test_capitalised_masthead_names_the_sign_off_subject() -> None:
    found = facts(
        "FRAME NOTES: Tide Country gets a date, and a quiz",
        "Tide Country is directed by Ines Maro and opens in June.",
        "Frame Notes is written by Pell Harker and edited by Rosa Gant.",
        title="FRAME NOTES: Tide Country gets a date, and a quiz",
    )
    assert ("writer", "Pell Harker") not in credits(found)
    assert ("editor", "Rosa Gant") not in credits(found)
