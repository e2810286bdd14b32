"""A year followed by a guessed season ("in 2028, probably summer") narrows to that season of
that year, hedged: a guess. A year alone, or two seasons offered, keeps the year. Invented
articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "BBC Two orders Saltmarsh Road"
_LEDE = "BBC Two has ordered Saltmarsh Road, a six-part thriller set in a Norfolk boatyard."


def test_a_guessed_season_narrows_the_year() -> None:
    found = release_dates(
        _LEDE, "Saltmarsh Road will air in 2028, possibly autumn.", date="2027-05-10", title=_TITLE
    )
    assert ("window", "2028-09/2028-11", True) in found
    assert not any(when == "2028" for _, when, _ in found)


def test_a_guessed_season_in_the_makers_quote_narrows_it() -> None:
    found = release_dates(
        _LEDE,
        'It goes out "in 2028, most likely summer", the commissioner says.',
        date="2027-05-10",
        title=_TITLE,
    )
    assert ("window", "2028-06/2028-08", True) in found


def test_two_seasons_offered_keep_the_year() -> None:
    found = release_dates(
        _LEDE,
        "Saltmarsh Road will air in 2028, probably spring or summer.",
        date="2027-05-10",
        title=_TITLE,
    )
    assert not any(when.startswith("2028-") for _, when, _ in found)


def test_a_year_alone_stays_a_year() -> None:
    found = release_dates(
        _LEDE, "Saltmarsh Road will air in 2028.", date="2027-05-10", title=_TITLE
    )
    assert ("window", "2028", False) in found


def test_a_guess_after_a_shoot_in_the_sentence_is_left_alone() -> None:
    found = release_dates(
        _LEDE,
        "Cameras roll in Suffolk in 2028, probably summer.",
        date="2027-05-10",
        title=_TITLE,
    )
    assert not any(when == "2028-06/2028-08" for _, when, _ in found)
