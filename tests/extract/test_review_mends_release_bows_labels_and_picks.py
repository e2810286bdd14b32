"""Mends from a review of release and title rules, on invented articles: a performer's bow (on a
stage, in a work, "fresh from" one) is no release; a release told as "the working assumption"
is hedged; a platform's date label after prose about another work is not ours; "Nothing yet"
under a trailer question is no "no date"; someone who wrapped another work dates no wrap of ours;
a shoot listed after another work's name is that work's; "a new suspect" in a guide's blurb is no
premiere; a credit box's "Dir: X" is no title; a denial that the makers' word closes keeps only
the day that word gives."""

from __future__ import annotations

from tests.extract.helpers import facts, release_kinds

_CASTING = "Fen Road casts Ada Vale"
_GUIDE = "Fen Road: everything we know"


def test_a_performers_bow_is_no_release() -> None:
    for line in (
        "Ada Vale, fresh from a 2025 bow on Broadway, has joined Fen Road.",
        "Ada Vale, fresh from a 2025 bow in Copper Bay, has joined Fen Road.",
        "Ada Vale, fresh from a 2025 bow, has joined Fen Road.",
        "Ada Vale took a bow in May at the Old Vic.",
    ):
        kinds = release_kinds(
            "Fen Road has found its lead.", line, date="2026-01-02", title=_CASTING
        )
        assert not kinds, line


def test_the_works_own_bow_is_still_a_window() -> None:
    kinds = release_kinds(
        "Fen Road has found its lead.",
        "Sky has confirmed a late-2026 bow for Fen Road.",
        date="2026-01-02",
        title=_CASTING,
    )
    assert ("window", "2026-09/2026-12", False) in kinds


def test_a_working_assumption_is_hedged() -> None:
    kinds = release_kinds(
        "Fen Road is in development.",
        "A late 2026 release was the working assumption.",
        date="2026-01-10",
        title=_GUIDE,
    )
    assert ("window", "2026-09/2026-12", True) in kinds
    assert ("window", "2026-09/2026-12", False) not in kinds


def test_a_platform_label_after_another_work_is_not_ours() -> None:
    kinds = release_kinds(
        "Fen Road arrives on BBC One later this year; no date has been set.",
        "Fans of the genre have other options meanwhile. Copper Bay, the Danish thriller, is the"
        " one to watch.",
        "On Netflix: Friday 15 May, worldwide.",
        date="2026-01-10",
        title=_GUIDE,
    )
    assert ("premiere_date", "2026-05-15", False) not in kinds
    assert ("not_announced", "", False) in kinds


def test_nothing_yet_under_a_trailer_question_is_no_unset_date() -> None:
    kinds = release_kinds(
        "Fen Road is coming.",
        "When will the Fen Road trailer be out?",
        "Nothing yet. The release date is 3 May, so expect one in April.",
        date="2026-01-10",
        title=_GUIDE,
    )
    assert not {kind for kind in kinds if kind[0] == "not_announced"}


def test_a_shoot_listed_after_another_works_name_is_that_works() -> None:
    kinds = release_kinds(
        "Fen Road is in production.",
        "The film was inspired by Copper Bay, shot between May and July 2019 in Iceland, which"
        " Jo Penn also directed.",
        date="2026-09-10",
        title=_CASTING,
    )
    assert not {kind for kind in kinds if kind[0].startswith("filming")}


def _weekend(blurb: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "Our pick of the weekend's telly.",
        "SUNDAY 8 MARCH",
        "Gorsemoor",
        "BBC One, 9pm",
        blurb,
        date="2026-03-05",
        title="What's on TV this weekend: Gorsemoor, The Quiet Shore and more",
    )


def test_new_in_an_episode_blurb_is_no_premiere() -> None:
    for blurb in (
        "A new suspect emerges as Wenna's hunt for the stranger widens.",
        "A new lead sends Wenna back to the tor, and a new life beckons.",
    ):
        assert ("premiere_date", "2026-03-08", False) not in _weekend(blurb), blurb


def test_a_new_drama_under_a_day_heading_is_a_premiere() -> None:
    assert ("premiere_date", "2026-03-08", False) in _weekend("A gripping new drama on the moor.")


def test_a_credit_box_dir_label_is_no_title() -> None:
    box = "Fen Road (15, 112 mins) Dir: Jo Penn. Cast: Ada Vale, Kai Lund."
    found = facts(box, "A slow burn on the fens.", date="2026-03-01", title=box)
    # The film before its certificate and running time is the reviewed work's title.
    assert {fact.title for fact in found.release if fact.title} <= {"Fen Road"}


def test_a_denial_closed_by_the_makers_word_keeps_only_the_confirmed_day() -> None:
    for line in (
        "It's not happening in March – Sky has now confirmed it opens on 3 May.",
        "It isn't coming out in March: Sky has announced that the film opens on 3 May.",
    ):
        kinds = release_kinds("Fen Road is coming.", line, date="2026-01-10", title=_GUIDE)
        assert ("premiere_date", "2026-05-03", False) in kinds, line
        assert ("window", "2026-03", False) not in kinds, line


def test_a_denial_whose_makers_word_gives_no_day_stays_denied() -> None:
    kinds = release_kinds(
        "Fen Road is coming.",
        "The film is not coming out in May: Netflix has confirmed it has been delayed.",
        date="2026-01-10",
        title=_GUIDE,
    )
    assert ("window", "2026-05", False) not in kinds
