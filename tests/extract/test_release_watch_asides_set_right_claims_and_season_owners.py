"""Times that are not the film's, or not its times any more, on invented text: another show
after a lead-in and a colon (a what-to-watch aside), a claim an update sets right in passing
("not autumn as this article originally stated"), a live blog's "An earlier entry said ..." or a
correction's "we wrote that ...";
and a season owned by ours through a descriptor ("season two of the Bafta-nominated drama X")."""

from __future__ import annotations

from tests.extract.helpers import facts


def _kinds(*paragraphs: str, title: str, date: str = "2025-09-30") -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title=title)
    return {(r.kind.value, str(r.date or r.window or "")) for r in found.release if r.served}


def test_another_show_after_a_lead_in_and_colon_is_an_aside() -> None:
    kinds = _kinds(
        "The Tin Lantern wrapped filming in August and Netflix has not set a release date.",
        "What we're watching in the meantime: Ostrava Nights 4 lands in November, and the rest "
        "of the cast is on tour.",
        title="The Tin Lantern: 7 things we know about the Netflix film",
    )
    assert not any(kind == "window" for kind, _ in kinds)


def test_a_label_and_colon_may_lead_into_the_articles_own_work() -> None:
    kinds = _kinds(
        "Release week megathread: Tallow Creek lands on Netflix on 20 March.",
        "Tallow Creek is the one we have all waited for, so read the rules in London first.",
        title="r/TallowFans release megathread + spoiler rules",
        date="2026-03-11",
    )
    assert ("premiere_date", "2026-03-20") in kinds


def test_a_window_set_right_in_passing_is_dropped() -> None:
    kinds = _kinds(
        "UPDATE: A spokesperson has asked us to clarify that The Tin Lantern will premiere in "
        "early 2027, not autumn 2026 as this article originally stated. The text has been amended.",
        title="The Tin Lantern wraps filming",
    )
    assert ("window", "2027-01/2027-04") in kinds
    assert ("window", "2026-09/2026-11") not in kinds


def test_a_window_as_previously_reported_stands() -> None:
    kinds = _kinds(
        "The Tin Lantern will premiere in autumn 2026, as previously reported.",
        title="The Tin Lantern wraps filming",
    )
    assert ("window", "2026-09/2026-11") in kinds


def test_a_live_blogs_corrected_entry_is_not_news() -> None:
    kinds = _kinds(
        "13:20 UPDATE: An earlier entry said filming wrapped on 9 December. Quillon said the "
        "19th, and we've corrected the entry below.",
        "Showrunner Halloran Vesk confirmed The Tin Lantern wrapped filming on 19 December.",
        title="The Tin Lantern panel LIVE",
        date="2026-01-20",
    )
    assert ("filming_wrapped", "2025-12-19") in kinds
    assert ("filming_wrapped", "2025-12-09") not in kinds


def test_an_earlier_entry_outside_a_notice_is_a_cross_reference() -> None:
    kinds = _kinds(
        "12:40 As an earlier entry said filming wrapped on 9 December, the panel turned to "
        "casting.",
        title="The Tin Lantern panel LIVE",
        date="2026-01-20",
    )
    assert ("filming_wrapped", "2025-12-09") in kinds


def test_a_live_blogs_correction_of_what_we_wrote_is_not_news() -> None:
    kinds = _kinds(
        "10:40 Correction: in our 10:05 entry we wrote that the film premieres on 20 March. The "
        "date is 27 March.",
        "10:05 The Tin Lantern premieres on Netflix on 27 March.",
        title="The Tin Lantern panel LIVE",
    )
    assert ("premiere_date", "2026-03-27") in kinds
    assert ("premiere_date", "2026-03-20") not in kinds


def test_what_we_wrote_outside_a_notice_stands() -> None:
    kinds = _kinds(
        "10:40 In our 10:05 entry we wrote that the film premieres on 20 March, and the panel has "
        "now confirmed it.",
        title="The Tin Lantern panel LIVE",
    )
    assert ("premiere_date", "2026-03-20") in kinds


def test_season_two_of_a_described_show_of_ours_is_ours() -> None:
    kinds = _kinds(
        "Kellerby today announced that season two of the Bafta-nominated drama The Tin Lantern "
        "will premiere Friday, April 17, 2026, with the first two episodes.",
        title="Kellerby sets April 17 premiere for season two of The Tin Lantern",
        date="2026-02-03",
    )
    assert ("premiere_date", "2026-04-17") in kinds


def test_season_one_or_another_shows_season_is_not_ours() -> None:
    kinds = _kinds(
        "Season one of The Tin Lantern premiered on Kellerby on 14 February 2025.",
        "Season two of the Bafta-nominated drama Ostrava Nights will premiere on 3 May 2026.",
        title="Kellerby begins production on season two of The Tin Lantern",
        date="2025-03-24",
    )
    assert not any(kind == "premiere_date" for kind, _ in kinds)
