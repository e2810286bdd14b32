"""Chart notes on invented text: a chart line whose note comes before its figure dates its
own work, not ours; a numbered paragraph with no closing figure is no chart line."""

from __future__ import annotations

from tests.extract.helpers import served_days

_CHART_TITLE = "Streaming charts: Tarn Key stays top as Tin Chapel slips"


_CHART_LEDE = "Kelpa’s coastal mystery Tarn Key holds the top of this week’s streaming chart."


def test_a_chart_line_noted_before_its_figure_dates_its_own_work() -> None:
    found = served_days(
        _CHART_LEDE,
        "The eight-part mystery, which premiered on Kelpa on Friday 1 May, stars Ada Perrin.",
        "The rest of the top three:",
        "2. Tin Chapel (Quillmoor) – the comedy fell a place in its third week. 4.1m views.",
        "3. Cinder Quay (Orbit+) – the heist drama debuted at No 3. Its second half arrives on "
        "22 May. 3.2m views.",
        title=_CHART_TITLE,
    )
    assert found == {("premiere_date", "2026-05-01")}


def test_a_numbered_paragraph_without_a_closing_figure_is_no_chart_line() -> None:
    found = served_days(
        "Kelpa has shared a first look at Tarn Key, its coastal mystery.",
        "1. The date (Kelpa) – a card at the end. It arrives on 22 May.",
        "2. The cast (Kelpa) – Ada Perrin leads.",
        title="Tarn Key: two things we spotted in the first look",
    )
    assert ("premiere_date", "2026-05-22") in found
