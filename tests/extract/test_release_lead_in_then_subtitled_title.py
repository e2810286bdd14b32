"""A lead-in, a colon, then our subtitled title and its release ("Not the release, though:
Copper Bay: Nine Winters lands on ..."): the second colon is the title's own, so the clause is
the whole title's, not a season named by the subtitle's last words."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "Copper Bay: Nine Winters closed the festival on Saturday night."
_HEADLINE = "Copper Bay: Nine Winters closes the festival with a tearful gala"


def test_a_subtitled_title_after_a_lead_in_keeps_its_day() -> None:
    for sentence in (
        "This was its premiere, not its release: Copper Bay: Nine Winters arrives on Netflix on"
        " Friday 17 April.",
        "The verdict: Copper Bay: Nine Winters lands on Netflix on 17 April.",
        "Not long now: Copper Bay: Nine Winters streams from 17 April.",
    ):
        found = release_kinds(_LEDE, sentence, date="2026-03-22", title=_HEADLINE)
        assert ("premiere_date", "2026-04-17", False) in found, sentence


def test_another_shows_season_after_a_colon_is_still_another() -> None:
    sentence = "Also this spring: Harrow Lane Season 2 arrives on Netflix on 17 April."
    found = release_kinds(_LEDE, sentence, date="2026-03-22", title=_HEADLINE)
    assert ("premiere_date", "2026-04-17", False) not in found
