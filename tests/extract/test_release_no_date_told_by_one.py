"""A missing date told by "one" after the date it stands for: "... a date ..., but the studio
has not announced one" says no release date is set."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Lowmarsh: director named"
_DATE = "2025-05-01"


def test_a_date_then_not_announced_one_is_no_date_yet() -> None:
    for sentence in (
        "One crew member said a date is “unlikely before spring”, but Harbourlight has not "
        "announced one.",
        "Fans have begged for a release date, but Harbourlight hasn't confirmed one.",
    ):
        found = release_kinds(sentence, date=_DATE, title=_TITLE)
        assert ("not_announced", "", False) in found, sentence


def test_one_after_another_things_date_stays_silent() -> None:
    for sentence in (
        "Fans want a trailer date, but Harbourlight has not released one.",
        "The date of the wrap party is fixed, but the crew has not announced it.",
    ):
        found = release_kinds(sentence, date=_DATE, title=_TITLE)
        assert ("not_announced", "", False) not in found, sentence
