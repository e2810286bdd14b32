"""Review 122-Q, release: declining to comment on a date "beyond" a year names no window unless
the year is quoted as what was said and closes the sentence; a premiere named for a time or a
streamer is the release, one named for a place is not; a later date "followed by" another
country's release is held. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Harrow Lane: everything we know"
_LEDE = "Tarn's courtroom drama Harrow Lane has finished filming."


def _found(*sentences: str, date: str = "2026-03-01") -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, *sentences, date=date, title=_TITLE)


def test_declining_to_comment_beyond_a_year_names_no_window() -> None:
    assert (
        _found("Tarn declined to comment on a release window beyond 2028, when its deal ends.")
        == set()
    )
    assert _found("Tarn declined to comment on any release date beyond “2028”.") == set()


def test_declining_beyond_a_quoted_year_that_ends_the_sentence_is_the_window() -> None:
    assert _found("Tarn declined to comment on a release date beyond “2028”.") == {
        ("window", "2028", False)
    }


def test_a_premiere_named_for_a_time_or_a_streamer_is_the_release() -> None:
    for line, day in (
        (
            "The drama will have its Boxing Day premiere on Channel 4 on 26 December 2026.",
            "2026-12-26",
        ),
        ("The drama will have its October premiere on 9 October 2026.", "2026-10-09"),
        ("The drama will have its Crave premiere on 9 October 2026.", "2026-10-09"),
    ):
        assert ("premiere_date", day, False) in _found(line), line


def test_a_premiere_named_for_a_place_is_still_no_release() -> None:
    assert ("premiere_date", "2026-10-09", False) not in _found(
        "The drama will have its Dundee premiere on 9 October 2026."
    )


def test_a_later_date_followed_by_in_another_country_is_held() -> None:
    found = _found(
        "Harrow Lane opens in Irish cinemas on 2 October 2026, followed by a Canadian release on"
        " 11 December 2026.",
        date="2026-08-01",
    )
    assert found == {("premiere_date", "2026-10-02", False)}


def test_a_single_territorys_date_is_still_the_release() -> None:
    found = _found("Harrow Lane opens in UK cinemas on 2 October 2026.", date="2026-08-01")
    assert found == {("premiere_date", "2026-10-02", False)}
