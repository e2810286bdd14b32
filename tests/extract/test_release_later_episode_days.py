"""A later episode's day ("the third episode, broadcast last night") is not the premiere."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Marsh Lane: the week in television"
_DATE = "2026-04-13"


def test_a_later_episodes_day_is_no_premiere() -> None:
    for sentence in (
        "There is a moment in the third episode of Marsh Lane, broadcast last night, when a "
        "ferryman finally says his brother's name.",
        "Episode four of Marsh Lane airs on Sunday 19 April.",
        "The second episode of Marsh Lane goes out tonight.",
    ):
        found = release_kinds(sentence, date=_DATE, title=_TITLE)
        assert not any(kind == "premiere_date" for kind, *_ in found), sentence


def test_the_first_episodes_day_is_still_the_premiere() -> None:
    for sentence in (
        "The first episode of Marsh Lane, broadcast last night, drew four million viewers.",
        "Marsh Lane premieres on 19 April, with episode two following on 26 April.",
    ):
        found = release_kinds(sentence, date=_DATE, title=_TITLE)
        assert any(kind == "premiere_date" for kind, *_ in found), sentence
        assert ("premiere_date", "2026-04-26", False) not in found, sentence
