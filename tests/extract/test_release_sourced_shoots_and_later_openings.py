"""A shoot's start the sentence credits to sources is hedged; a premiere named for where it was
held ("its Locarno premiere") and another country's release that follows the home one are no
release of the film. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TRADE_TITLE = "Marrow Light adds a new face as cameras roll"
_TRADE_LEDE = "The Fenwick Pictures drama Marrow Light has begun shooting in Cumbria."
_AWARDS_TITLE = "Can Marrow Light win the Oscar? Inside the small film everyone loves"
_AWARDS_LEDE = "A small Cumbrian film has become this winter's surprise awards contender."


def test_a_start_that_sources_tell_is_hedged() -> None:
    found = release_kinds(
        _TRADE_LEDE,
        "Insiders tell us filming began on Tuesday, 3 June, around Keswick.",
        date="2025-06-04",
        title=_TRADE_TITLE,
    )
    assert found == {("filming_started", "2025-06-03", True)}


def test_a_start_told_plainly_is_not_hedged() -> None:
    found = release_kinds(
        _TRADE_LEDE,
        "Filming began on Tuesday, 3 June, around Keswick, and sources say it runs to August.",
        date="2025-06-04",
        title=_TRADE_TITLE,
    )
    assert ("filming_started", "2025-06-03", False) in found


def test_a_premiere_named_for_its_festival_is_no_release() -> None:
    found = release_kinds(
        _AWARDS_LEDE,
        "Three months ago, Marrow Light was a small title at a festival.",
        "Tidewell, which bought the film after its Locarno premiere on 4 September, is running"
        " a big campaign. Marrow Light reached UK cinemas on 13 November.",
        date="2026-12-02",
        title=_AWARDS_TITLE,
    )
    assert found == {("premiere_date", "2026-11-13", False)}


def test_a_streamers_premiere_is_still_the_release() -> None:
    found = release_kinds(
        _AWARDS_LEDE,
        "Marrow Light has its Netflix premiere on 18 December.",
        date="2026-12-02",
        title=_AWARDS_TITLE,
    )
    assert found == {("premiere_date", "2026-12-18", False)}


def test_another_countrys_release_that_follows_is_held() -> None:
    found = release_kinds(
        _AWARDS_LEDE,
        "Marrow Light reached UK cinemas on 13 November and has taken £2m.",
        "The French release follows on 18 December in 90 cinemas.",
        date="2026-12-02",
        title=_AWARDS_TITLE,
    )
    assert found == {("premiere_date", "2026-11-13", False)}


def test_a_following_release_alone_is_still_served() -> None:
    found = release_kinds(
        _AWARDS_LEDE,
        "After a festival run, the UK release follows on 18 December.",
        date="2026-12-02",
        title=_AWARDS_TITLE,
    )
    assert found == {("premiere_date", "2026-12-18", False)}
