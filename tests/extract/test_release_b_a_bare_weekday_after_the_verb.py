"""A release verb followed straight by a weekday-led day, with no "on" ("which landed Thursday,
March 5", "opens Friday, May 8"), dates the release as "on" would. A weekday after other words
("opens with a party Friday, May 8") is not read so. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"
_LEAD = "Copper Bay is the new feature from Harbour Pictures."


def test_a_past_verb_then_a_weekday_dates_the_release() -> None:
    found = release_kinds(
        _LEAD,
        "The feature, which landed Thursday, March 5, has had two weeks at the top.",
        date="2026-03-20",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-03-05", False) in found


def test_a_present_verb_then_a_weekday_dates_the_release() -> None:
    found = release_kinds(
        _LEAD, "Copper Bay opens Friday, May 8 in cinemas.", date="2026-05-01", title=_TITLE
    )
    assert ("premiere_date", "2026-05-08", False) in found


def test_a_weekday_after_other_words_is_no_release_day() -> None:
    found = release_kinds(
        _LEAD, "Copper Bay opens with a party Friday, May 8.", date="2026-05-01", title=_TITLE
    )
    assert ("premiere_date", "2026-05-08", False) not in found
