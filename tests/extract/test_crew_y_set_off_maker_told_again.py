"""The work and its maker set off in commas, the maker told as the same as before or as
elsewhere ("the score, again by X, ran long"), credit X as the plain "the score, by X," does;
"a score by X" after an earlier run's verb stays no credit of this one."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film slips to next spring"
_LEDE = "The Harbour Lights film will now arrive next spring, the channel said on Monday."


def test_a_score_again_by_a_composer_credits_the_composer() -> None:
    crew = served_crew(
        _LEDE,
        "A source said work on the score, once again by Colm Bray, had taken longer than hoped.",
        title=_TITLE,
    )
    assert ("composer", "Colm Bray") in crew


def test_a_script_also_by_a_writer_credits_the_writer() -> None:
    crew = served_crew(
        _LEDE,
        "The script, also by Nadia Orr, was rewritten over the summer.",
        title=_TITLE,
    )
    assert ("writer", "Nadia Orr") in crew


def test_an_earlier_runs_score_stays_no_credit() -> None:
    crew = served_crew(
        _LEDE,
        "Earlier series of Harbour Lights used folk songs and a score by Colm Bray.",
        title=_TITLE,
    )
    assert ("composer", "Colm Bray") not in crew
