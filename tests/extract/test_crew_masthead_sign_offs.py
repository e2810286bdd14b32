"""A newsletter's own staff in its masthead or sign-off: "<Newsletter> is put together by A, and
B edits it" kinds ("compiled by A and edited by B", each job with its own "by") and a masthead
line's bare "Edited by B." beside the publication's name and issue date; neither credits the
film. A review's info line set out with pipes is no masthead, and a film credited later in a
masthead sentence is no staff (invented sentences and names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_FILM = "Halden Moor is directed by Ottoline Vasse and opens in June."


def test_compiled_by_one_and_edited_by_another_is_the_newsletter_staff() -> None:
    found = facts(
        "Lamplight Post – Tuesday 2 June: Halden Moor gets a date",
        _FILM,
        "Lamplight Post is compiled by Pell Harker and edited by Sefa Marrow.",
    )
    assert ("editor", "Sefa Marrow") not in credits(found)
    assert ("director", "Ottoline Vasse") in credits(found)


def test_produced_by_one_and_edited_by_another_in_a_named_newsletter() -> None:
    found = facts(_FILM, "This bulletin is produced by Pell Harker and edited by Sefa Marrow.")
    assert ("producer", "Pell Harker") not in credits(found)
    assert ("editor", "Sefa Marrow") not in credits(found)


def test_bare_edited_by_in_the_masthead_line() -> None:
    found = facts(
        "LAMPLIGHT POST · Tuesday 2 June 2026 · Screens, sorted. Edited by Sefa Marrow.",
        _FILM,
    )
    assert ("editor", "Sefa Marrow") not in credits(found)
    assert ("director", "Ottoline Vasse") in credits(found)


def test_a_reviews_pipe_info_line_keeps_the_films_editor() -> None:
    found = facts(
        "Halden Moor review: a slow-burning wonder",
        "HALDEN MOOR | 12A | 118 mins | In cinemas Friday. Directed by Ottoline Vasse. Edited by"
        " Sefa Marrow.",
    )
    assert ("director", "Ottoline Vasse") in credits(found)
    assert ("editor", "Sefa Marrow") in credits(found)


def test_the_films_own_credit_line_still_credits() -> None:
    found = facts(
        "Halden Moor opens in June.",
        "The film is written by Pell Harker and edited by Sefa Marrow.",
    )
    assert ("writer", "Pell Harker") in credits(found)
    assert ("editor", "Sefa Marrow") in credits(found)


def test_capitalised_masthead_names_the_sign_off_subject() -> None:
    found = facts(
        "LAMPLIGHT POST: Halden Moor gets a date, and a quiz",
        _FILM,
        "Lamplight Post is written by Pell Harker and edited by Sefa Marrow.",
        title="LAMPLIGHT POST: Halden Moor gets a date, and a quiz",
    )
    assert ("writer", "Pell Harker") not in credits(found)
    assert ("editor", "Sefa Marrow") not in credits(found)
