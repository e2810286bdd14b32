"""A sentence giving a streaming day "before" a later broadcast it tells as a second outing
("lands on the app on Friday before its linear run begins on Sunday") dates the release by the
first day, which is served; a plain event-then-release pair ("screens at a festival on 14 March
before streaming from 2 April") still holds the earlier day. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-03-06", title="Weekend viewing: Corrow Point")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_streaming_day_before_a_linear_run_is_served() -> None:
    assert "2026-03-06" in _days(
        "Corrow Point, the new four-part drama from Hale Pictures, lands in full on the Channel 4"
        " app today before its linear run begins on Channel 4 on Sunday 8 March.",
    )


def test_a_festival_day_before_the_release_is_still_held() -> None:
    assert "2026-03-14" not in _days(
        "Corrow Point, the new film from Hale Pictures, screens at the Dunmore festival on 14"
        " March before streaming on Netflix from 2 April.",
    )
