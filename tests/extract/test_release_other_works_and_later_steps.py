"""Times in an article about our film that belong to something else, on invented text: a
trailer whose subject is set apart by "for Title, the new drama," before its verb; a subject's
next job told only by its kind ("her next project, a feature for ..."); another work named in an
apposition before "which starts" or "; it is due"; a later run "to follow next year"; and a
newsletter issue's name before a colon ("this week's Reel Digest: Title gets a date"), which is
no subtitle. Our film's own times in the same articles are kept."""

from __future__ import annotations

from bot.facts import ReleaseKind
from tests.extract.helpers import release_kinds, served_releases


def test_a_trailer_set_apart_from_its_verb_dates_no_release() -> None:
    kinds = release_kinds(
        "The first teaser for Saltwick, the four-part drama set in a 1960s lido, arrived this "
        "morning, and it is packed with clues.",
        date="2026-07-09",
        title="Saltwick teaser: six things we noticed",
    )
    assert not any(kind == "premiere_date" for kind, _, _ in kinds)


def test_the_film_itself_arriving_this_morning_is_still_dated() -> None:
    kinds = release_kinds(
        "Saltwick, the four-part drama set in a 1960s lido, arrived on the streamer this morning.",
        date="2026-07-09",
        title="Saltwick is streaming now",
    )
    assert ("premiere_date", "2026-07-09", False) in kinds


def test_a_next_job_told_by_its_kind_is_another_shoot() -> None:
    title = "Composer Brid Canavan on scoring Saltwick"
    for sentence in (
        "She is already busy with her next project, a thriller for the director Ivo Marsh that "
        "is expected to shoot in Cork early next year.",
        "Canavan's next job is a war drama in Lincolnshire, expected to start filming in the "
        "summer.",
    ):
        kinds = release_kinds("Saltwick arrives on the streamer on 4 September.", sentence,
                              date="2026-03-02", title=title)  # fmt: skip
        assert kinds == {("premiere_date", "2026-09-04", False)}, sentence


def test_our_film_named_as_the_next_job_keeps_its_shoot() -> None:
    kinds = release_kinds(
        "Saltwick is her next project, a thriller set in Cork that is expected to start filming "
        "in the summer.",
        date="2026-03-02",
        title="Brid Canavan joins Saltwick",
    )
    assert any(kind == "filming_planned" for kind, _, _ in kinds)


def test_another_work_in_an_apposition_keeps_its_own_date() -> None:
    title = "Saltwick: the cast on the last day of the shoot"
    for sentence in (
        "The hosts also review Brine Street, the new ITV thriller starring Pell Amari as a "
        "harbour pilot, which starts on ITV1 on 3 May.",
        "The season opened with Gorse Hill, Ana Quell's debut about two shepherds, starring "
        "Rory Vance as Tam; it is due in cinemas on 22 May.",
    ):
        kinds = release_kinds("Saltwick lands on the streamer on 17 April.", sentence,
                              date="2026-04-02", title=title)  # fmt: skip
        assert kinds == {("premiere_date", "2026-04-17", False)}, sentence


def test_our_film_in_an_apposition_keeps_its_date() -> None:
    kinds = release_kinds(
        "The hosts review Saltwick, the new drama about a harbour pilot, which starts on Netflix "
        "on 3 May.",
        date="2026-04-02",
        title="Saltwick: the cast on the last day of the shoot",
    )
    assert ("premiere_date", "2026-05-03", False) in kinds


def test_a_run_to_follow_is_no_window_of_the_release() -> None:
    kinds = release_kinds(
        "The distributor has set a cinema release for 9 October, with a Channel 4 broadcast to "
        "follow next year.",
        date="2026-07-20",
        title="Saltwick wins the audience award",
    )
    assert kinds == {("premiere_date", "2026-10-09", False)}


def test_a_release_to_follow_is_still_a_window() -> None:
    kinds = release_kinds(
        "The team hopes to finish the film for the autumn festivals, with a theatrical release "
        "to follow in 2028.",
        date="2026-07-20",
        title="Saltwick wraps in Whitby",
    )
    assert any(kind == "window" and value == "2028" for kind, value, _ in kinds)


def test_a_work_in_an_apposition_opening_the_sentence_keeps_its_date() -> None:
    kinds = release_kinds(
        "In Brine Street, the six-part ITV drama that starts on ITV1 on Thursday 16 April, Pell "
        "Amari plays a harbour pilot.",
        date="2026-03-30",
        title="Pell Amari: a profile",
    )
    assert ("premiere_date", "2026-04-16", False) in kinds


def test_a_newsletter_issue_name_is_no_title() -> None:
    found = served_releases(
        "In this week's Reel Digest: Saltwick finally gets a date, and a soap is axed.",
        date="2026-04-02",
        title="Reel Digest",
    )
    titles = {r.title for r in found if r.kind is ReleaseKind.TITLE}
    assert "Digest: Saltwick" not in titles and "Reel Digest: Saltwick" not in titles


def test_a_subtitled_title_after_a_plain_name_is_still_read() -> None:
    found = served_releases(
        "In Saltwick: The Last Tide, which opens on 3 May, Pell Amari plays a harbour pilot.",
        date="2026-04-02",
        title="Saltwick: The Last Tide gets a date",
    )
    assert any(r.kind is ReleaseKind.TITLE for r in found)
