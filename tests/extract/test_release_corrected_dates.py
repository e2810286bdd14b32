"""A release date a correction notice replaced: the new date is served, the old one nowhere."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Glass Tide at the festival: live"


def test_a_live_blog_correction_replaces_the_date_its_earlier_entry_gave() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "16:20 — Correction: In our 11:05 update we said Glass Tide would be released in UK "
        "cinemas on 3 July. Distributor Northgate has since clarified that the UK date is "
        "24 July. We regret the error.",
        "11:05 — Northgate confirms Glass Tide will open in UK cinemas on 3 July.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-07-24", False) in found
    assert not any(date == "2031-07-03" for _, date, _ in found)


def test_a_correction_that_gives_the_right_date_in_the_same_sentence() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "Correction: in our 9am entry we reported that Glass Tide opens in cinemas on 8 "
        "October; it in fact opens on 15 October. Apologies for the error.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-10-15", False) in found
    assert not any(date == "2031-10-08" for _, date, _ in found)


def test_a_correction_naming_the_entry_that_said_it() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "Correction: Our 10:30 post said Glass Tide arrives in UK cinemas on 8 October. The "
        "correct UK date is 22 October. We apologise for the error.",
        "10:30 — Glass Tide arrives in UK cinemas on 8 October, Northgate says.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-10-22", False) in found
    assert not any(date == "2031-10-08" for _, date, _ in found)


def test_a_correction_of_something_else_leaves_the_release_date_alone() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "Glass Tide opens in UK cinemas on 3 July.",
        "Correction: In our 11:05 update we said the director was Ines Marlow. It is Ida "
        "Marlow. We regret the error.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-07-03", False) in found


def test_a_correction_naming_its_entry_by_a_bracketed_time() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "17:45 – Correction: In an earlier entry (14:10) we said Glass Tide would be released "
        "on 9 June. That is the date of the gala screening; the film itself opens on 12 June. "
        "We apologise for the error.",
        "14:10 – Glass Tide will be released on 12 June, with a gala screening three days earlier.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-06-12", False) in found
    assert not any(date == "2031-06-09" for _, date, _ in found)


def test_a_correction_naming_an_earlier_post_then_we_said() -> None:
    found = release_kinds(
        "Live updates from the festival for Glass Tide.",
        "Correction: in a previous post, we said Glass Tide opens on 2 September. It opens on "
        "16 September; we regret the error.",
        date="2031-05-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2031-09-16", False) in found
    assert not any(date == "2031-09-02" for _, date, _ in found)
