"""A chart's other work, named bare at the head of its sentence and moved down or up a place
("Larkfield, released on 14 May, fell to No 2"): its dates, and its paragraph's after it,
are that work's, not the article's own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Streaming chart: ‘Copper Bay’ storms to No 1 as Larkfield slips"
_LEDE = (
    "Lumen’s “Copper Bay” is the most-watched title on UK streaming services, ending the"
    " run of “Larkfield: The Long Summer”."
)
_OURS = "The six-part drama, which premiered on 5 June, drew 300 million minutes."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Larkfield: The Long Summer, released on 14 May, fell to No 2 with 200 million"
        " minutes. The film, which stars Odo Marsh, has spent five weeks in the top three.",
        "Larkfield, which arrived on 14 May, slipped to third place after a month on top.",
        "Larkfield: The Long Summer, out since 14 May, dropped to second. The film opened"
        " on 14 May.",
    ],
)
def test_a_bare_named_work_moving_in_the_chart_keeps_its_dates(paragraph: str) -> None:
    found = release_kinds(_LEDE, _OURS, paragraph, date="2026-06-20", title=_TITLE)
    assert ("premiere_date", "2026-05-14", False) not in found
    assert ("premiere_date", "2026-06-05", False) in found


def test_our_own_work_moving_in_the_chart_keeps_its_date() -> None:
    found = release_kinds(
        "Copper Bay, released on 5 June, fell to No 2 with 200 million minutes.",
        date="2026-06-20",
        title="Streaming chart: Copper Bay slips as Larkfield returns",
    )
    assert ("premiere_date", "2026-06-05", False) in found
