"""Dates of other works and later steps on pages about one work: a what's-on guide whose headline
leads with its pick ("... next week: Gorsemoor leads a busy Sunday") dates the pick by its where
line, and a day its streaming list gives another work (or the pick's later box set) is not the
premiere; a chart's quoted work told
by its kind ('The two-part "Pellworth" ... slipped to No. 3') keeps its paragraph's dates; a
guessed month after the release's day is a later step, not a window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_GUIDE_TITLE = "What's on TV next week: Gorsemoor leads a busy Sunday"


def _guide(streaming: str) -> set[tuple[str, str, bool]]:
    return release_kinds(
        "A ranger, a tent on the tor and a stranger nobody saw arrive.",
        _GUIDE_TITLE,
        "PICK OF THE WEEK",
        "Gorsemoor",
        "Sunday 10 May, ITV1 and ITVX, 9pm",
        "Wenna Kettleby stars as a ranger who finds a stranger's tent on the tor.",
        "Streaming",
        streaming,
        date="2026-05-01",
        title=_GUIDE_TITLE,
    )


def test_a_guide_headline_leading_with_its_pick_dates_the_pick() -> None:
    kinds = _guide("Netflix: Quillfen arrives 17 June – more on that nearer the time.")
    assert ("premiere_date", "2026-05-10", False) in kinds
    assert ("premiere_date", "2026-06-17", False) not in kinds


def test_a_later_box_set_of_the_pick_keeps_the_broadcast_premiere() -> None:
    kinds = _guide("ITVX: Gorsemoor arrives as a box set on 12 May.")
    assert ("premiere_date", "2026-05-10", False) in kinds
    assert ("premiere_date", "2026-05-12", False) not in kinds


def test_another_entry_naming_the_pick_in_passing_keeps_the_picks_day() -> None:
    kinds = _guide("Netflix: Quillfen, from the Gorsemoor team, arrives 17 June.")
    assert ("premiere_date", "2026-05-10", False) in kinds
    assert ("premiere_date", "2026-06-17", False) not in kinds


_CHART_TITLE = "Streaming chart: ‘Copper Bay’ storms to No 1"
_CHART_LEDE = "Lumen’s “Copper Bay”, which dropped on Friday 5 June, is the most-watched title."


def test_a_quoted_chart_work_told_by_its_kind_keeps_its_dates() -> None:
    kinds = release_kinds(
        _CHART_LEDE,
        'The two-part "Pellworth", which topped the films list for a month, slipped to No. 3.'
        " It has now passed 20 million views since its release on May 14.",
        date="2026-06-20",
        title=_CHART_TITLE,
    )
    assert ("premiere_date", "2026-05-14", False) not in kinds
    assert ("premiere_date", "2026-06-05", False) in kinds


def test_the_film_opening_its_chart_paragraph_is_still_ours() -> None:
    kinds = release_kinds(
        _CHART_LEDE,
        "The film, which stars Odo Marsh, has passed 20 million views since its release on June 5.",
        date="2026-06-20",
        title=_CHART_TITLE,
    )
    assert ("premiere_date", "2026-06-05", False) in kinds


_DATED = "Brindlecombe opens in UK cinemas on Friday 2 October."


def test_a_guessed_month_after_the_release_day_is_not_a_window() -> None:
    kinds = release_kinds(
        _DATED + " The studio has not said when it will stream, but its recent films have"
        " streamed six weeks after their cinema debut, which would point to mid-November."
        " That’s our guess, not the studio’s.",
        date="2026-07-09",
        title="Brindlecombe trailer: five things we learned",
    )
    assert ("premiere_date", "2026-10-02", False) in kinds
    assert not {kind for kind in kinds if kind[0] == "window"}


def test_a_guessed_window_with_no_release_day_stays_hedged() -> None:
    kinds = release_kinds(
        "Brindlecombe has no release date yet. Our money is on a spring 2027 launch."
        " That’s a guess, not a scoop.",
        date="2026-07-09",
        title="Brindlecombe: everything we know",
    )
    assert ("window", "2027-03/2027-05", True) in kinds
