"""An offset counted from another event's named day ("a week before it lands") is only as sure
as that day: told with no tense that places it ("got a gala screening at the festival on
Friday", in a Saturday article: yesterday, or the coming Friday?), the date it gives is
held. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_DATE = "2026-05-16"  # a Saturday


def test_an_offset_from_an_untensed_festival_day_is_held() -> None:
    assert (
        release_kinds(
            "Harbour Lights got a rousing screening at the Seaside Film Festival on Friday night, "
            "a week before it lands on Lumen.",
            date=_DATE,
        )
        == set()
    )


def test_the_counted_date_is_not_served_beside_a_written_one() -> None:
    assert ("premiere_date", "2026-05-29", False) not in release_kinds(
        "Harbour Lights got a rousing screening at the Seaside Film Festival on Friday night, "
        "a week before it lands on Lumen.",
        "The film reaches Lumen on 22 May.",
        date=_DATE,
    )


def test_an_offset_from_a_festival_day_still_to_come_is_read() -> None:
    assert release_kinds(
        "Harbour Lights will close the Seaside Film Festival on Friday, three days before it "
        "lands on Lumen.",
        date=_DATE,
    ) == {("premiere_date", "2026-05-25", False)}
