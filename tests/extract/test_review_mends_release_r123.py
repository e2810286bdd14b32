"""Release review mends, round 123: a release's participle set off as an aside ("The coastal film,
released in October,") tells a month gone, not the next one; a person as the sentence before's
subject leaves "The Welsh film" the article's own; a work set beside the subject in an aside
("Like the festival's opening film, X, it opens ...") or named beside ours leaves the sentence's
times ours. Invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts, ReleaseKind
from tests.extract.helpers import facts


def _times(found: ArticleFacts) -> set[str]:
    return {
        r.window or (r.date.isoformat() if r.date else "")
        for r in found.release
        if r.served and r.kind in {ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE}
    }


_AWARDS = "Brackwater leads the northern screen awards shortlist"
_AWARDS_LEDE = "Ivo Carrick’s fishing drama Brackwater earned six nominations."


def test_a_release_participle_in_an_aside_is_a_month_gone() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Brackwater opened in UK cinemas on 2 August. Its nearest challenger is Dunmore Flats."
        " The harbour film, released in September, has sold well in Hull.",
        date="2027-11-20",
        title=_AWARDS,
    )
    assert _times(found) == {"2027-08-02"}


def test_a_participle_opening_the_sentence_is_a_month_gone() -> None:
    found = facts(
        _AWARDS_LEDE,
        "Released in September, the fishing drama has sold well in Hull.",
        date="2027-11-20",
        title=_AWARDS,
    )
    assert not _times(found)


def test_a_release_still_to_come_after_an_aside_is_kept() -> None:
    found = facts(
        _AWARDS_LEDE,
        "The fishing drama, made for under £2m, will be released in February.",
        date="2027-11-20",
        title=_AWARDS,
    )
    assert _times(found) == {"2028-02"}


_PROFILE = "Ivo Carrick on the making of Brackwater"
_PROFILE_LEDE = "Ivo Carrick’s Brackwater is his first feature in eight years."


def test_a_person_before_the_described_film_leaves_it_ours() -> None:
    found = facts(
        _PROFILE_LEDE,
        "Lotte Vance plays the harbour master. The northern drama arrives on Lumen on 9 April.",
        date="2027-02-01",
        title=_PROFILE,
    )
    assert _times(found) == {"2027-04-09"}


def test_a_rival_before_the_described_film_is_still_the_rival() -> None:
    found = facts(
        _PROFILE_LEDE,
        "Its closest rival is Dunmore Flats. The northern drama arrives on Lumen on 9 April.",
        date="2027-02-01",
        title=_PROFILE,
    )
    assert not _times(found)


_FESTIVAL = "Northlight 2027: Brackwater gets a warm welcome"
_FESTIVAL_LEDE = "The Lumen drama Brackwater opened the festival on Friday."


def test_a_work_set_beside_the_subject_leaves_the_date_ours() -> None:
    found = facts(
        _FESTIVAL_LEDE,
        "Unlike the festival’s closing film, Paper Moths, it reaches UK cinemas on 14 May.",
        date="2027-03-20",
        title=_FESTIVAL,
    )
    assert _times(found) == {"2027-05-14"}


def test_our_work_named_beside_an_apposed_one_keeps_the_date() -> None:
    found = facts(
        _FESTIVAL_LEDE,
        "The festival’s closing film, Paper Moths, and Brackwater both reach UK cinemas on 14 May.",
        date="2027-03-20",
        title=_FESTIVAL,
    )
    assert _times(found) == {"2027-05-14"}


def test_an_apposed_work_as_the_subject_still_dates_its_own_release() -> None:
    found = facts(
        _FESTIVAL_LEDE,
        "The festival’s closing film, Paper Moths, reaches UK cinemas on 14 May.",
        date="2027-03-20",
        title=_FESTIVAL,
    )
    assert not _times(found)


def _titles(*paragraphs: str, title: str) -> set[str | None]:
    found = facts(*paragraphs, date="2027-01-21", title=title)
    return {r.title for r in found.release if r.served and r.kind is ReleaseKind.TITLE}


def test_a_franchise_name_before_other_entries_stays_in_the_title() -> None:
    titles = _titles(
        "In Hollowmere: Ash Season, which opens on 12 March, Rhea Tolland returns.",
        "Hollowmere: Ash Season is the third film; Hollowmere: Kindling, the first, came out in"
        " 2023. Ash Season picks up a year later.",
        title="Hollowmere: Ash Season gets its date",
    )
    assert titles == {"Hollowmere: Ash Season"}


def test_a_column_label_over_the_same_name_is_still_no_part_of_it() -> None:
    titles = _titles(
        "In this week's Reel Desk: Cinder Point Rising finally has a date.",
        "Lumen confirmed it: Cinder Point Rising, the finale to the series, streams from Friday"
        " 16 April.",
        title="Reel Desk: Cinder Point sets its date",
    )
    assert not any(t and t.startswith(("Desk:", "Reel Desk:")) for t in titles), titles


def test_a_game_made_from_the_franchise_is_no_title_of_ours() -> None:
    titles = _titles(
        "In Hollowmere: Ash Season, which opens on 12 March, Rhea Tolland returns.",
        "Hollowmere: The Card Game, a board game of the films, follows in June.",
        title="Hollowmere sets a date",
    )
    assert "Hollowmere: The Card Game" not in titles, titles
