"""Mends from the review of round 120's release rules, on invented articles: a live page dates
the release from a catch-up line only when its headline is about the release; a fact-sheet line's
bracket is a platform only when it names one, and a bare "Released:" line is ours only under our
work; a bare season's shoot after another show is named is not ours; a kind that "starts" is ours
only when ours and only on a day; "it might come" after a rival gives no window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_SHEET_TITLE = "Kestrel Moor: everything we know"


def _kinds(*paragraphs: str, date: str, title: str) -> set[str]:
    return {kind for kind, _, _ in release_kinds(*paragraphs, date=date, title=title)}


def test_a_live_awards_page_ending_on_a_streaming_line_dates_nothing() -> None:
    found = _kinds(
        "Kestrel Moor leads the field at tonight's ceremony.",
        "Pell Orrin takes best actor.",
        "Arrivals on the carpet are still going on.",
        "Kestrel Moor is now streaming on Netflix.",
        date="2027-02-11",
        title="Screen awards live: Kestrel Moor up for six prizes",
    )
    assert "premiere_date" not in found


def test_a_review_that_lives_up_to_its_hype_is_no_live_page() -> None:
    found = _kinds(
        "Kestrel Moor came out last week amid great expectations.",
        "Pell Orrin is a marvel as Dunstan.",
        "The middle episodes sag a little.",
        "Kestrel Moor is streaming now on Netflix.",
        date="2027-02-11",
        title="Can Kestrel Moor live up to the buzz? Our verdict",
    )
    assert "premiere_date" not in found


def test_a_live_cast_news_page_with_a_streaming_line_lower_down_dates_nothing() -> None:
    found = _kinds(
        "Netflix has named the cast of the second season of Kestrel Moor.",
        "Pell Orrin is back as Dunstan.",
        "Cameras roll in August.",
        "Kestrel Moor is now streaming on Netflix.",
        date="2027-02-11",
        title="Kestrel Moor season two live: the cast confirmed",
    )
    assert "premiere_date" not in found


def test_a_bracketed_doubt_after_the_sheets_date_is_no_platform() -> None:
    for doubt in ("(Rumoured)", "(Unconfirmed)", ", TBC", "(Per Variety)"):
        found = _kinds(
            "Kestrel Moor is heading for cinemas.",
            "The details so far.",
            f"Release date: 20 June {doubt}",
            date="2027-02-11",
            title=_SHEET_TITLE,
        )
        assert "premiere_date" not in found, doubt


def test_a_books_or_albums_released_line_is_not_our_premiere() -> None:
    book = _kinds(
        "Kestrel Moor is Netflix's version of Pell Orrin's memoir.",
        "The memoir at a glance.",
        "Released: 8 July 2021 (Picador)",
        date="2027-02-11",
        title=_SHEET_TITLE,
    )
    album = _kinds(
        "Kestrel Moor is heading for cinemas.",
        "The score: ten pieces by Ivo Tarn.",
        "Released: 2 June (Warp)",
        date="2027-02-11",
        title=_SHEET_TITLE,
    )
    assert "premiere_date" not in book | album


def test_another_shows_bare_season_shoot_is_not_ours() -> None:
    for paras in (
        (
            "Orrin's day job is Saltwick, the ITV comedy.",
            "Filming on series three wrapped last Friday, he said.",
        ),
        ("Orrin is busy on Sky's Saltwick. Filming on series three wrapped last Friday in Ely.",),
    ):
        found = _kinds(
            "Kestrel Moor is Netflix's new film, due in the spring.",
            *paras,
            date="2027-06-12",
            title=_SHEET_TITLE,
        )
        assert "filming_wrapped" not in found, paras


def test_another_channels_series_that_starts_on_a_day_is_not_ours() -> None:
    for line in (
        "Over on ITV, the new legal series starts on Sunday.",
        "If this is your thing, Channel 4's new thriller starts on Monday.",
        "Orrin made his name in Saltwick; his next drama starts on Monday.",
    ):
        found = _kinds(
            "Kestrel Moor is tonight's choice, on BBC Two at 9pm.",
            line,
            date="2027-09-25",
            title="Choice of the day: Kestrel Moor",
        )
        assert "premiere_date" not in found, line


def test_a_rivals_it_might_come_is_no_window_of_ours() -> None:
    found = release_kinds(
        "Kestrel Moor is Netflix's new drama.",
        "Saltwick, the other moorland drama, has no date either; it may come early next year.",
        date="2026-09-10",
        title=_SHEET_TITLE,
    )
    assert not {kind for kind, _, _ in found} & {"window"}


def test_an_unordered_seasons_it_could_come_is_no_window() -> None:
    found = _kinds(
        "Kestrel Moor ended on Sunday with a fine finale.",
        "Netflix has not yet ordered a second season, but it could come in early 2027.",
        date="2026-05-06",
        title="Kestrel Moor finale review: a fine ending",
    )
    assert "window" not in found


def test_a_plot_that_starts_in_a_season_is_no_window() -> None:
    found = _kinds(
        "Kestrel Moor is a gentle delight.",
        "The drama starts in the spring, with the sisters at a funeral.",
        date="2027-01-25",
        title="Kestrel Moor review: a gentle delight",
    )
    assert "window" not in found


def test_a_lower_chart_place_sharing_only_an_article_word_is_anothers() -> None:
    found = _kinds(
        "Kestrel Moor stayed top of Netflix's chart this week.",
        "• Third: The Hollows (31m minutes), two weeks after its 4 June release",
        date="2026-06-17",
        title="The Netflix chart: Kestrel Moor holds on",
    )
    assert "premiere_date" not in found


def test_a_lower_chart_place_is_anothers_when_the_lede_gives_no_title() -> None:
    found = _kinds(
        "Kestrel Moor season two is Netflix's most-watched show this week.",
        "• Third: Saltwick season two (31m minutes), two weeks after its 4 June release",
        date="2026-06-17",
        title="Kestrel Moor season two tops the chart",
    )
    assert "premiere_date" not in found
