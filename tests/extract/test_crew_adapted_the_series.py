"""One who adapted the series (or the show) from a book wrote it, as one who adapted the film
does: "Creator A, who adapted the series from B's novels" credits A as writer and B as author
(invented sentences, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import served_crew

TITLE = "Gullwick: season two on set"


def test_who_adapted_the_series_from_novels_is_writer() -> None:
    found = served_crew(
        "Creator and showrunner Mara Quill, who adapted the series from Ivo Pettersen’s fantasy "
        "novels, is everywhere at once.",
        title=TITLE,
    )
    assert {("creator", "Mara Quill"), ("writer", "Mara Quill")} <= found
    assert ("author", "Ivo Pettersen") in found


def test_adapted_the_show_from_a_memoir_is_writer() -> None:
    found = served_crew(
        "Gullwick returns in June. Dara Fenwright adapted the show from Oona Clegg's memoir.",
        title=TITLE,
    )
    assert ("writer", "Dara Fenwright") in found


def test_a_series_adapted_from_a_book_credits_no_writer() -> None:
    found = served_crew(
        "Gullwick, which was adapted from Oona Clegg's memoir, returns in June.", title=TITLE
    )
    assert not {credit for credit in found if credit[0] == "writer"}
