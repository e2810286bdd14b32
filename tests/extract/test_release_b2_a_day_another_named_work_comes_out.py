"""A sentence that opens on another work's name coming out ("Gullcroft began streaming on
Lumen last Friday", "Tin Yard opens in cinemas on 3 May") dates that work, when the page knows
its own title and the name is none of it: the day is held, not served. Our title, its pronoun
or a plain word for it as the subject still dates the release. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_another_named_work_streaming_from_last_friday_is_not_served() -> None:
    found = release_kinds(
        _LEAD,
        "Pellmarsh, the other big thriller of the spring, began streaming on Lumen last Friday.",
        date="2026-03-18",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-13", False) not in found


def test_another_named_work_opening_on_a_written_day_is_not_served() -> None:
    found = release_kinds(
        _LEAD, "Tin Yard opens in cinemas on 3 April.", date="2026-03-18", title=_TITLE
    )
    assert ("premiere_date", "2026-04-03", False) not in found


def test_our_title_as_the_subject_still_dates_the_release() -> None:
    found = release_kinds(
        _LEAD, "Copper Bay began streaming on Lumen last Friday.", date="2026-03-18", title=_TITLE
    )
    assert ("premiere_date", "2026-03-13", False) in found


def test_the_pronoun_as_the_subject_still_dates_the_release() -> None:
    found = release_kinds(_LEAD, "It opens in cinemas on 3 April.", date="2026-03-18", title=_TITLE)
    assert ("premiere_date", "2026-04-03", False) in found


def test_another_named_work_returning_on_a_weekday_is_not_served() -> None:
    found = release_kinds(
        _LEAD,
        "And Kettle Island returns for a third run on Tuesday, BBC Two, 8pm.",
        date="2026-03-18",
        title=_TITLE,
    )
    assert not {kind for kind, _, held in found if kind == "premiere_date"}
