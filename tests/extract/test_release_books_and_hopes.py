"""Release kinds of failure met in blind batch 8, each on invented text (none of its names)."""

from __future__ import annotations

import datetime as dt

from bot.facts import SERVE_LINE, ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _served(found: ArticleFacts) -> set[tuple[str, object]]:
    """(kind, date, window or title) of every served release fact."""
    return {
        (f.kind.value, f.date or f.window or f.title)
        for f in found.release
        if f.confidence >= SERVE_LINE
    }


def _dates(found: ArticleFacts, kind: ReleaseKind) -> set[dt.date | None]:
    return {f.date for f in found.release if f.kind is kind and f.confidence >= SERVE_LINE}


def test_a_book_coming_out_is_not_the_release() -> None:
    found = facts(
        "Filming on the Lantern Bay film wrapped last week.",
        "The author's fourth Lantern Bay novel, meanwhile, is due in bookshops on 9 March 2026, "
        "before the film reaches cinemas.",
        date="2025-10-01",
    )
    assert not _dates(found, ReleaseKind.PREMIERE_DATE)


def test_a_volume_due_in_a_season_is_not_the_release_window() -> None:
    found = facts(
        "The Lantern Bay film will stream on Netflix on Friday 6 March 2026.",
        "Pell, who adapted the books and whose final volume is out next autumn, called the "
        "film a farewell.",
        date="2025-10-01",
    )
    assert _served(found) == {("premiere_date", dt.date(2026, 3, 6))}


def test_a_work_in_apposition_keeps_its_own_date() -> None:
    found = facts(
        "Cameras are rolling on the Lantern Bay film!",
        "And remember the prequel, Low Water, is out on 3 February 2026, so preorder it now.",
        date="2025-10-01",
        title="Lantern Bay film: filming starts",
    )
    assert not _dates(found, ReleaseKind.PREMIERE_DATE)


def test_the_film_with_an_aside_before_its_verb_keeps_its_window() -> None:
    found = facts(
        "The film, written by Ada Pell and directed by Rob Kwan, is due on Netflix next year.",
        date="2025-05-01",
        title="Lantern Bay film casts its lead",
    )
    assert ("window", "2026") in _served(found)


def test_an_event_dated_beside_an_offset_to_the_release_is_not_the_release() -> None:
    found = facts(
        "Lantern Bay arrives on Netflix on Friday 13 March 2026.",
        "The film will have its gala in Leeds two days before it lands on the platform, on "
        "Wednesday 11 March, with fan screenings elsewhere.",
        date="2025-12-01",
    )
    assert _dates(found, ReleaseKind.PREMIERE_DATE) == {dt.date(2026, 3, 13)}


def test_a_wrap_after_a_start_in_one_sentence_is_the_wrap() -> None:
    found = facts(
        "Shooting started on 2 June, and production finished on Friday 22 August after a "
        "12-week shoot in Wales.",
        date="2025-09-01",
    )
    assert _dates(found, ReleaseKind.FILMING_STARTED) == {dt.date(2025, 6, 2)}
    assert _dates(found, ReleaseKind.FILMING_WRAPPED) == {dt.date(2025, 8, 22)}


def test_a_title_revealed_with_a_comma_keeps_its_main_title() -> None:
    found = facts(
        "Here is what we know about Lantern Bay: The Last Tide.",
        "The studio announced the title, Lantern Bay: The Last Tide, at a fan event on Sunday.",
        date="2025-09-01",
    )
    assert ("title", "Lantern Bay: The Last Tide") in _served(found)
    assert ("title", "The Last Tide") not in _served(found)


def test_a_plain_is_called_of_the_name_in_use_is_no_title_news() -> None:
    found = facts(
        "Ada Pell's Harbour Lights opens in cinemas on May 8.",
        "PELL: People keep getting it wrong. It is called Harbour Lights, not Harbour Light.",
        date="2026-03-01",
    )
    assert not any(kind == "title" for kind, _ in _served(found))


def test_no_date_for_another_window_beside_a_release_date_is_held() -> None:
    found = facts(
        "Harbour Lights opens in cinemas on Friday, May 8.",
        "It will later stream on a service, though no streaming date has been set.",
        date="2026-03-01",
    )
    assert _served(found) == {("premiere_date", dt.date(2026, 5, 8))}


def test_a_date_that_has_been_set_is_no_missing_date() -> None:
    found = facts(
        "The release date has been set: the film opens on 4 September.", date="2026-03-01"
    )
    assert ("not_announced", None) not in _served(found)
    for text in ("A date has yet to be confirmed.", "The release date has not been set yet."):
        assert ("not_announced", None) in _served(facts(text, date="2026-03-01"))


def test_a_season_of_our_show_described_before_its_name_is_ours() -> None:
    found = facts(
        "Harbourside today announced that the third season of its acclaimed legal drama "
        "Tidewater will premiere on Thursday 4 June 2026.",
        date="2026-02-01",
        title="Tidewater season 3 gets a date",
    )
    assert _dates(found, ReleaseKind.PREMIERE_DATE) == {dt.date(2026, 6, 4)}


def test_a_season_of_another_show_described_before_its_name_is_not_ours() -> None:
    found = facts(
        "Tidewater star Ada Pell has a busy year.",
        "She also returns for the third season of the hit comedy Dry Dock, which will premiere "
        "on Thursday 4 June 2026.",
        date="2026-02-01",
        title="Tidewater star Ada Pell on her busy year",
    )
    assert not _dates(found, ReleaseKind.PREMIERE_DATE)


def test_a_window_hoped_for_after_no_date_yet_is_the_hedged_release_window() -> None:
    found = facts(
        "Cameras are rolling on the Harbour Lights film.",
        "There's no release date yet. But the director told a fan she is 'hoping for early "
        "2027', which is something.",
        date="2025-09-01",
    )
    windows = {(f.window, f.hedged) for f in found.release if f.kind is ReleaseKind.WINDOW}
    assert windows == {("2027-01/2027-04", True)}


def test_a_hope_without_a_missing_date_before_it_or_about_the_shoot_is_not_a_window() -> None:
    alone = facts("The director is hoping for early 2027, she told a fan.", date="2025-09-01")
    shoot = facts(
        "No release date has been set yet. The crew is hoping for late 2025 to finish the shoot.",
        date="2025-09-01",
    )
    for found in (alone, shoot):
        assert not any(f.kind is ReleaseKind.WINDOW for f in found.release)


def test_the_adaptation_of_a_book_coming_out_is_the_release() -> None:
    for text in (
        "The adaptation of her novel, meanwhile, is out on Netflix on 9 March 2026.",
        "The film version of the book, as expected, is out on 9 March 2026.",
    ):
        found = facts("Filming on Harbour Lights wrapped in June.", text, date="2025-10-01")
        assert _dates(found, ReleaseKind.PREMIERE_DATE) == {dt.date(2026, 3, 9)}


def test_is_called_in_an_article_whose_top_is_news_of_the_title_is_a_title() -> None:
    found = facts(
        "Harbour Lights: Low Tide arrives in 2026.",
        "The film is called Harbour Lights: Low Tide, Netflix said on Monday.",
        date="2025-10-01",
        title="Harbour Lights film gets its new name",
    )
    assert ("title", "Harbour Lights: Low Tide") in _served(found)


def test_a_start_after_a_wrap_in_one_sentence_is_the_start_by_month_too() -> None:
    found = facts(
        "Production on the Harbour Lights film ended in August, having begun in April.",
        date="2025-10-01",
    )
    windows = {(f.kind, f.window) for f in found.release}
    assert windows == {
        (ReleaseKind.FILMING_WRAPPED, "2025-08"),
        (ReleaseKind.FILMING_STARTED, "2025-04"),
    }


def test_a_book_in_apposition_at_the_start_keeps_its_own_date() -> None:
    for text in (
        "The novel, out on 4 June, closes the saga.",
        "Her new book, due in bookshops on 4 June, closes the saga.",
    ):
        found = facts("The Harbour Lights film is coming.", text, date="2026-01-10")
        assert not _dates(found, ReleaseKind.PREMIERE_DATE)


def test_a_year_promised_after_no_date_yet_is_the_release_window() -> None:
    for text in (
        "Release date: nothing yet. The studio has only ever said 2027, and that is all.",
        "There's no release date yet. The streamer has only committed to early 2027.",
    ):
        found = facts("Filming on Harbour Lights is under way.", text, date="2025-10-01")
        windows = {(f.window, f.hedged) for f in found.release if f.kind is ReleaseKind.WINDOW}
        assert len(windows) == 1
        assert next(iter(windows))[1] is False


def test_a_promised_year_of_the_past_or_about_the_shoot_is_not_a_window() -> None:
    for text in (
        "There's no release date yet. Netflix has only ever said 2024, oddly.",
        "There's no release date yet. The studio has said 2026 for the shoot to end.",
    ):
        found = facts("Harbour Lights is coming.", text, date="2025-10-01")
        assert not any(f.kind is ReleaseKind.WINDOW for f in found.release)


def test_a_novel_which_is_due_to_be_published_gives_no_film_window() -> None:
    found = facts(
        "The Quarrybank film is based on Petra Ockwell's final novel, which is due to be "
        "published next year.",
        date="2025-09-30",
        title="Quarrybank film: what we know",
    )
    assert not [f for f in found.release if f.kind is ReleaseKind.WINDOW]


def test_an_adaptation_which_will_be_released_keeps_its_window() -> None:
    found = facts(
        "The Quarrybank film is an adaptation of Petra Ockwell's novel, which will be released "
        "in cinemas next year.",
        date="2025-09-30",
        title="Quarrybank film: what we know",
    )
    assert ("window", "2026") in _served(found)
