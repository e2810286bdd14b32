"""Two readings on invented text: a time quoted in the speaker's own words and then doubted in
the same quotation ("would be out “next spring, I think, unless it slips”") is a guess, so
hedged; and a title "which the studio has yet to reveal" says nothing of the release date a
later clause names."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The actor spoke about the Copper Bay finale on a podcast this week."


def _kinds(line: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, line, date="2027-02-10")


def test_a_quoted_time_the_speaker_doubts_is_hedged() -> None:
    kinds = _kinds(
        "Asked about a date, she said only that it would be out "
        '"later this year, I\'m pretty sure, unless they change their minds".'
    )
    assert ("window", "2027", True) in kinds
    assert ("window", "2027", False) not in kinds


def test_a_quoted_season_with_i_think_is_hedged() -> None:
    kinds = _kinds("He told listeners the finale would arrive “next spring, I think, at least”.")
    assert ("window", "2028-03/2028-05", True) in kinds
    assert ("window", "2028-03/2028-05", False) not in kinds


def test_a_title_yet_to_be_revealed_is_no_missing_date() -> None:
    kinds = _kinds(
        "She kept quiet about the film's title, which the studio has yet to reveal, and "
        "laughed off a question about the release date."
    )
    assert not any(kind == "not_announced" for kind, _, _ in kinds)


def test_a_date_yet_to_be_revealed_is_still_missing() -> None:
    kinds = _kinds(
        "The finale, which the studio has yet to give a release date, is the last of the run."
    )
    assert ("not_announced", "", False) in kinds
